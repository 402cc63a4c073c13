# _functools: reduce, cmp_to_key, partial
from _functools import reduce, cmp_to_key, partial
import copy

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

def add(a, b): return a + b
print(reduce(add, [1, 2, 3, 4]), reduce(add, [1, 2], 10), reduce(add, [], 5), reduce(add, 'abc'))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(add, iter([[1], [2]])))
err(reduce, add)
err(reduce, add, [], 1, 2)
err(reduce, add, 5)
err(reduce, add, [])
err(reduce, add, [1], initial=3)
def bad(a, b): raise ValueError('boom')
err(reduce, bad, [1, 2])
def gen():
    yield 1
    raise KeyError('inner')
err(reduce, add, gen())

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
a, b = K(1), K(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a.obj, K(obj=5).obj)
print(type(a).__name__, type(K) is type(a))
err(lambda: a < 3)
err(hash, a)
err(K)
err(K, 1, 2)
err(lambda: K < K)
err(lambda: K.obj)
err(cmp_to_key)
print(cmp_to_key(mycmp=lambda x, y: 0)(1).obj)
print(min([5, 3, 9], key=cmp_to_key(lambda x, y: x - y)))

def f(*args, **kw):
    return args, kw
p = partial(f, 1, 2, x=3)
print(p(), p(4, y=5), p(x=9), p.func is f, p.args, p.keywords)
print(repr(p).replace(repr(f), 'F'))
q = partial(p, 0, z=1)
print(q.func is f, q.args, q.keywords, q(7))
p.attr = 1
r = partial(p, 8)
print(r.func is p, r.args, r())
print(partial(f)(1, k=2), partial(f, k=1)(k=2), partial(f, 1)(*range(3)))
err(partial)
err(partial, 5)
err(partial, func=f)
class C:
    m = partial(f, 'bound?')
print(C().m(1))
print(partial(int, base=2)('101'), list(map(partial(pow, 2), range(5))))
red = p.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
s = partial(len)
s.__setstate__((f, (1,), {'a': 2}, None))
print(s(), s.func is f)
s.__setstate__((f, (), None, {'d': 1}))
print(s(), s.keywords, s.d)
for st in [(1, 2, 3), (1, (), {}, None), (f, [], {}, None), (f, (), [], None), 5]:
    err(s.__setstate__, st)
c = copy.copy(partial(f, 1, k=2)); print(c(), type(c).__name__)
c = copy.deepcopy(partial(f, [1], k=[2])); print(c())
class MyP(partial):
    def extra(self): return 'extra'
mp = MyP(f, 1)
print(mp(2), mp.extra(), type(copy.copy(mp)).__name__, repr(mp).replace(repr(f), 'F'))
print(partial[int])
rp = partial(f); rp.__setstate__((f, (rp,), {}, None))
print(repr(rp).replace(repr(f), 'F'))
print(partial(f, a=partial(f, 2))().__class__.__name__)
def kwonly(*, a, b=2): return a, b
print(partial(kwonly, a=1)(), partial(kwonly, a=1)(a=5, b=6))
err(partial(kwonly, 1))
many = partial(f, *range(20), **{f'k{i}': i for i in range(20)})
res = many(*range(20, 40), k0='over')
print(len(res[0]), res[0][-1], len(res[1]), res[1]['k0'])
