# weakref.proxy: forwards attribute access, operators, calls, iteration
# and container protocols to its referent; hashing is refused; once the
# referent is freed every use raises ReferenceError. Callable referents
# get a CallableProxyType.
import gc
import weakref

class _Scrub:
    pass

def collect():
    # Taipan scans the C stack conservatively: an object just dropped can
    # outlive a collection in a stale slot of the interpreter's C frame,
    # until an instruction of the same kind runs again. So a few common
    # ones run first (attribute and item stores, calls), and the collector
    # twice.
    s = _Scrub()
    s.x = [len(())]
    s.x[0] = s.x[0]
    gc.collect()
    gc.collect()

class Box:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Box(self.v + (o.v if isinstance(o, Box) else o))
    def __radd__(self, o):
        return Box(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __sub__(self, o): return self.v - o
    def __mul__(self, o): return self.v * o
    def __truediv__(self, o): return self.v / o
    def __floordiv__(self, o): return self.v // o
    def __mod__(self, o): return self.v % o
    def __pow__(self, o, m=None): return pow(self.v, o, m)
    def __lshift__(self, o): return self.v << o
    def __and__(self, o): return self.v & o
    def __or__(self, o): return self.v | o
    def __xor__(self, o): return self.v ^ o
    def __neg__(self): return -self.v
    def __pos__(self): return +self.v
    def __invert__(self): return ~self.v
    def __abs__(self): return abs(self.v)
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __bool__(self): return self.v != 0
    def __len__(self): return self.v
    def __getitem__(self, i): return i * 10
    def __setitem__(self, i, x): print('set', i, x)
    def __delitem__(self, i): print('del', i)
    def __contains__(self, x): return x == self.v
    def __iter__(self): return iter(range(self.v))
    def __lt__(self, o): return self.v < o
    def __eq__(self, o): return isinstance(o, Box) and o.v == self.v
    __hash__ = object.__hash__
    def __str__(self): return 'Box(%d)' % self.v
    def __reversed__(self): return iter(['r'])
    def method(self, x):
        return ('method', self.v, x)

b = Box(3)
p = weakref.proxy(b)
print(type(p).__name__, weakref.proxy(b) is p, weakref.getweakrefcount(b))
print(p.v, p.method(4), str(p), isinstance(p, Box), p.__class__.__name__)
p.w = 7
print(b.w, hasattr(p, 'w'))
del p.w
print(hasattr(b, 'w'))
print((p + 1).v, (1 + p).v, p - 1, p * 2, p / 2, p // 2, p % 2, p ** 2, pow(p, 2, 5))
print(p << 1, p & 1, p | 4, p ^ 1, -p, +p, ~p, abs(p), int(p), float(p))
print(bool(p), len(p), p[2], 3 in p, 4 in p, list(p), p < 5, p == b, p == Box(3), p != b)
print([0, 1, 2, 3, 4][p], bin(p), hex(p), list(reversed(p)))
p[1] = 'x'
del p[2]
q = p
q += 2
print(type(q).__name__, b.v)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
try:
    p.nothing
except AttributeError as e:
    print('AttributeError', e)

class Fn:
    def __call__(self, *a, **k):
        return ('called', a, sorted(k.items()))
f = Fn()
pf = weakref.proxy(f)
print(type(pf).__name__, pf(1, 2, x=3), callable(pf), callable(p))
def plain(x):
    return x * 2
print(type(weakref.proxy(plain)).__name__, weakref.proxy(plain)(21))
it = iter([1, 2])
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
ii = It()
pi = weakref.proxy(ii)
print(next(pi), list(pi))
try:
    next(p)
except TypeError as e:
    print('TypeError', e)

def dead_proxy(callable_):
    o = Fn() if callable_ else Box(1)
    return weakref.proxy(o)

dp, dcp = dead_proxy(False), dead_proxy(True)
collect()
for name, op in [('attr', lambda: dp.v), ('setattr', lambda: setattr(dp, 'v', 1)),
                 ('str', lambda: str(dp)), ('add', lambda: dp + 1), ('radd', lambda: 1 + dp),
                 ('bool', lambda: bool(dp)), ('len', lambda: len(dp)), ('item', lambda: dp[0]),
                 ('in', lambda: 1 in dp), ('iter', lambda: iter(dp)), ('eq', lambda: dp == 1),
                 ('neg', lambda: -dp), ('call', lambda: dcp()), ('int', lambda: int(dp))]:
    try:
        print(name, op())
    except ReferenceError as e:
        print(name, 'ReferenceError', e)
try:
    hash(dcp)
except TypeError as e:
    print('TypeError', e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    weakref.ProxyType(b)
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    weakref.proxy(1)
except TypeError as e:
    print('TypeError', e)
