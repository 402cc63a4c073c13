# selectors over the select module: the default selector and poll
import selectors, os, select
r, w = os.pipe()
for cls in [selectors.DefaultSelector, selectors.PollSelector, selectors.SelectSelector]:
    sel = cls()
    key = sel.register(r, selectors.EVENT_READ, 'data-r')
    sel.register(w, selectors.EVENT_WRITE, 'data-w')
    print([(k.data, ev) for k, ev in sel.select(0)])
    os.write(w, b'x')
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    print(os.read(r, 10))
    sel.modify(w, selectors.EVENT_READ, 'w-as-reader')
    print(sel.select(0.01), len(sel.get_map()), sel.get_key(r).data)
    sel.unregister(r)
    try:
        sel.unregister(r)
    except KeyError as e:
        print('KeyError', type(e).__name__)
    sel.close()
os.close(r)
os.close(w)
print(select.poll().poll(0))
