# dict: methods, operators, ordering after deletes and reinserts, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
print(d, len(d), d['b'], d.get('z'), d.get('z', 0), d.get('a', 0))
show(lambda: d['z'])
show(lambda: d[[1]])
show(lambda: {}[(1, [2])])
del d['b']; print(d)
d['b'] = 20; print(d)
d['a'] = 10; print(d)
def dd():
    del d['nope']
show(dd)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
show(lambda: {}.pop())
print({1: 2, 3: 4}.popitem())
show(lambda: {}.popitem())
e = {}
print(e.setdefault('k', []), e.setdefault('k', 5), e.setdefault('n'), e)
e.update({'x': 1}); e.update([('y', 2)]); e.update(z=3); e.update({'x': 0}, w=9); print(e)
show(lambda: e.update(5))
show(lambda: e.update([(1, 2, 3)]))
show(lambda: e.update(['ab', 'c']))
show(lambda: e.update({}, {}))
print(list(e.keys()), list(e.values()), list(e.items()))
f = e.copy(); f['new'] = 1; print(len(e), len(f))
f.clear(); print(f)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('ab', range(2))))
show(lambda: dict(1))
show(lambda: dict([1]))
show(lambda: dict([(1,)]))
show(lambda: dict({}, {}))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 2} != {1: 3})
show(lambda: {1: 2} < {1: 2})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 1} | {'a': 2})
g = {'a': 1}; g |= {'c': 3}; g |= [('d', 4)]; print(g)
show(lambda: {} | [])
print('a' in g, 'q' not in g, 1 in {1.0: 'x'}, {1: 'a', 1.0: 'b', True: 'c'})
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({1: 2}.items())), list(reversed({1: 2}.values())))
# ordering after deletes and reinserts
h = {}
for i in range(10):
    h[i] = i
for i in range(0, 10, 2):
    del h[i]
h[0] = 'zero'; h[4] = 'four'; h[3] = 'three'
print(h)
for i in range(100):
    h[i * 10] = i
    del h[i * 10]
print(h, len(h))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
print(repr({}), str({1: {2: {3: None}}}), {'k': 'v', (1, 2): [3]})
show(lambda: hash({}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
kd = {K(1): 'one', K(2): 'two'}
print(kd[K(1)], K(3) in kd, kd)
class D(dict):
    def __missing__(self, key):
        return key * 2
dm = D(a=1)
print(dm['a'], dm['zz'], dm.get('zz'), dm, type(dm).__name__)
class D2(dict):
    pass
print(D2({1: 2}), D2(x=1) == {'x': 1})
print({k: v for k, v in [(1, 2), (1, 3)]})
print(dict.fromkeys([]), len({}), bool({}), bool({0: 0}))
it = iter({1: 2, 3: 4}); print(type(it).__name__, next(it))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
show(lambda: {}.get())
show(lambda: {}.get(1, 2, 3))
show(lambda: {}.setdefault())
show(lambda: {}.fromkeys())
print({1: 2}.__getitem__(1), {1: 2}.__len__(), {1: 2}.__contains__(3))
print(sorted({'b': 1, 'a': 2}.items()), max({1: 'a', 5: 'b'}), min({'x': 1}))
