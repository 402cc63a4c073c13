# _collections.defaultdict, _count_elements and _tuplegetter
from _collections import defaultdict, _count_elements, _tuplegetter
import copy

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, len(d), d.default_factory, isinstance(d, dict), type(d).__mro__)
print(d.get('zz'), 'zz' in d)
n = defaultdict()
print(n, n.default_factory)
err(n.__getitem__, 'k')
try:
    n['k']
except KeyError as e:
    print('KeyError', e.args)
err(defaultdict, 5)
err(defaultdict, 'x')
d2 = defaultdict(int, {'x': 1}, y=2)
print(d2, d2['q'], d2)
d3 = defaultdict(None, [(1, 2)])
print(d3, d3.default_factory)
d3.default_factory = lambda: 'dflt'
print(d3[5], sorted(d3.items()))
del d3.default_factory
print(d3.default_factory)
c = d2.copy()
print(type(c).__name__, c, c.default_factory is int, c is d2)
c = copy.copy(d2); print(c, type(c).__name__)
c = copy.deepcopy(defaultdict(list, {1: [2]})); print(c)
r = d2.__reduce__()
print(r[0] is defaultdict, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1])
print(d2 == {'x': 1, 'y': 2, 'q': 0}, dict(d2))
u = d2 | {'z': 9}
print(type(u).__name__, u, u.default_factory)
u = {'w': 0} | d2
print(type(u).__name__, u)
d2 |= {'v': 5}
print(d2)
err(lambda: d2 | 5)
print(d2.__missing__('m'), d2['m'])
rec = defaultdict(list); rec['self'] = rec
print(rec)
class Fac:
    def __call__(self): return 0
    def __repr__(self): return 'Fac()'
print(defaultdict(Fac()))
class DD(defaultdict):
    pass
s = DD(set)
s['a'].add(1)
print(s, type(s.copy()).__name__, s.copy())
s.attr = 1; print(s.attr)
print(defaultdict[str, int])
class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
print(Missing(int)[21])
dl = defaultdict(lambda: len(dl))
print(dl['a'], dl['b'], sorted(dl.items()))

# _count_elements
m = {}
_count_elements(m, 'abracadabra')
print(sorted(m.items()))
class Cnt(dict):
    def __missing__(self, k): return 0
m = Cnt(a=5)
_count_elements(m, 'aab')
print(sorted(m.items()))
class Odd(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)
m = Odd()
_count_elements(m, 'aa')
print(m)
err(_count_elements, {}, 5)
err(_count_elements, {})
err(_count_elements, 5, 'ab')
m = {}
err(_count_elements, m, [[1]])

# _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, None)
    z = _tuplegetter(5, 'far')
p = P((3, 4))
print(p.x, p.y, P.x.__doc__, P.y.__doc__, type(P.x).__name__)
err(getattr, p, 'z')
err(setattr, p, 'x', 1)
err(delattr, p, 'x')
print(P.__dict__['x'].__get__(None, P) is P.__dict__['x'])
err(P.__dict__['x'].__get__, [1, 2])
P.x.__doc__ = 'new doc'
print(P.x.__doc__, P.x.__reduce__())
err(_tuplegetter, 'a', None)
err(_tuplegetter, 1)
