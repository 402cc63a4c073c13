# functools.lru_cache / cache over _functools._lru_cache_wrapper, and the rest of functools
import functools, copy
from functools import lru_cache, cache, wraps, total_ordering, cached_property

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    "square it"
    calls.append(x)
    return x * x
print(type(sq).__name__, sq.__name__, sq.__doc__, sq.__wrapped__.__name__, sq.__qualname__)
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
print(sq(1), sq(1.0), sq.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def kw(a, b=1, *, c=2):
    return (a, b, c)
print(kw(1), kw(1, 2), kw(1, c=3), kw(a=1), kw(1), kw.cache_info())

@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())

@lru_cache(maxsize=-5)
def neg(x): return x
print(neg(1), neg(1), neg.cache_info())

@lru_cache
def bare(x): return x + 1
print(bare(1), bare(1), bare.cache_info(), bare.cache_parameters())
err(lru_cache, 'x')

class A:
    @lru_cache
    def m(self, x):
        return (id(self) != 0, x)
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), A.m is A.__dict__['m'])

# a recursive key: the cache must stay consistent
depth = []
@lru_cache(maxsize=3)
def rec(n):
    depth.append(n)
    if n > 0:
        rec(n - 1)
        rec(n - 1)
    return n
print(rec(5), rec.cache_info(), depth)

class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
@lru_cache(maxsize=2)
def kf(k):
    if k.v < 3:
        kf(Key(k.v + 1))
    return k.v
print(kf(Key(0)), kf(Key(1)), kf.cache_info())

# clearing while the function runs
@lru_cache(maxsize=4)
def cl(x):
    cl.cache_clear()
    return x
print(cl(1), cl(2), cl(1), cl.cache_info())

def boom(x):
    raise ValueError(x)
bc = lru_cache(boom)
err(bc, 3)
print(bc.cache_info())
err(bc, [1])
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, sq.__reduce__())
sq.extra = 1; print(sorted(k for k in sq.__dict__ if not k.startswith('__')))

# the rest of functools
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(4))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))

class CP:
    @cached_property
    def val(self):
        print('computing')
        return 42
c = CP(); print(c.val, c.val)

print(functools.reduce(lambda a, b: a + b, range(5)), functools.partial(max, 3)(1, 2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
pm = functools.partialmethod
class PM:
    def f(self, a, b): return a, b
    g = pm(f, 1)
print(PM().g(2))

from functools import singledispatch
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True), sorted(k.__name__ for k in show.registry))
