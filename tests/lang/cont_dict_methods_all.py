# every dict method with its edge cases and argument errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(['unhashable'] is None))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
show(lambda: d.get(key='a'))
print(d.setdefault('c'), d.setdefault('c', 5), d.setdefault('d', []), d)
d['d'].append(1)
print(d)
show(lambda: d.setdefault())
show(lambda: d.setdefault({}, 1))
print(d.pop('c'), d.pop('zz', 'dflt'), d.pop('zz', None), d)
show(lambda: d.pop('zz'))
show(lambda: d.pop())
show(lambda: d.pop([]))
show(lambda: d.pop([], 1))
print(d.popitem(), d.popitem(), d)
show(lambda: {}.popitem())
show(lambda: d.popitem(1))
e = {1: 'x'}
e.update({2: 'y'}); e.update([(3, 'z')]); e.update(k='kw'); e.update({4: 'f'}, five=5)
e.update(); e.update(()); e.update({}.items()); e.update(zip('pq', 'PQ'))
print(e)
show(lambda: e.update(1))
show(lambda: e.update([1]))
show(lambda: e.update(['abc']))
show(lambda: e.update({}, {}))
show(lambda: e.update([[1, 2], (3,)]))
print(sorted(map(str, e)))
f = e.copy()
f[1] = 'changed'
print(e[1], f[1], len(f) == len(e))
show(lambda: e.copy(1))
f.clear()
print(f, e != f)
show(lambda: f.clear(1))
print(list(e.keys())[:3], list(e.values())[:3], list(e.items())[:2])
show(lambda: e.keys(1))
show(lambda: e.items(None))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: dict.fromkeys([[]]))
# __contains__, __getitem__, __len__ and friends as methods
print(e.__contains__(1), e.__getitem__(2), e.__len__(), {}.__len__())
show(lambda: e.__getitem__('missing'))
show(lambda: e.__contains__([]))
g = {}
g.__setitem__('x', 1)
g.__delitem__('x')
print(g)
show(lambda: g.__delitem__('x'))
print(sorted({'b': 1, 'a': 2}), {1: 2}.__eq__({1: 2}), {1: 2}.__eq__(5))
# d.get with a key equal to, but a different type from, the stored one
h = {1: 'one', 2.5: 'f', (1, 2): 't', 'k': 'str'}
print(h.get(1.0), h.get(True), h.get(2.5), h.get((1.0, 2)), h.get(b'k'))
