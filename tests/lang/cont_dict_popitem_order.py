# insertion order and popitem (LIFO) through deletes, re-inserts, updates
# of existing keys, and after the table is rebuilt
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d, list(d))
d['h'] = 'updated'
print(list(d)[:3], d['h'])
del d['e']
d['e'] = 'back'
print(list(d))
print([d.popitem() for _ in range(3)], list(d))
d.clear()
show(lambda: d.popitem())
# many deletions then inserts keep order right
e = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del e[i]
for i in range(0, 30, 3):
    e[i] = 'again'
print(len(e), list(e)[:8], list(e)[-5:])
print(e.popitem(), e.popitem(), len(e))
# popitem drains in reverse order
f = dict.fromkeys('abcde')
out = []
while f:
    out.append(f.popitem()[0])
print(''.join(out), f)
# pop in the middle then popitem
g = dict(zip('abcdef', range(6)))
g.pop('f'); g.pop('c')
print(g.popitem(), list(g))
g['f'] = 9
print(g.popitem(), g.popitem(), list(g))
# order after update() with overlapping keys
h = {'x': 1, 'y': 2}
h.update({'z': 3, 'x': 10})
print(h)
h.update([('y', 20), ('w', 0)])
print(h, list(h.values()))
# setdefault doesn't move existing keys
h.setdefault('x', 'no'); h.setdefault('new', 'yes')
print(list(h))
# order survives copy, dict(), comprehension, fromkeys
c1 = h.copy(); c2 = dict(h); c3 = {k: v for k, v in h.items()}
print(list(c1) == list(h) == list(c2) == list(c3), list(dict.fromkeys(h)))
# growing past several resizes with interleaved deletes
big = {}
for i in range(2000):
    big[i] = i
    if i % 2:
        del big[i - 1]
print(len(big), list(big)[:5], list(big)[-3:], big.popitem())
# equal-hash keys (1, 1.0, True) share one slot: the first key object stays
m = {1: 'a'}
m[1.0] = 'b'
m[True] = 'c'
print(m, type(list(m)[0]).__name__)
del m[True]
m[1.0] = 'd'
print(m, type(list(m)[0]).__name__)
