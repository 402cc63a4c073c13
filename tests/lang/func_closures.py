# Closures, nonlocal, decorators, lambda, recursion and RecursionError.
import_free = 1
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(late_binding())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

def shadow():
    z = 1
    def inner():
        z = 2
        return z
    return inner(), z
print(shadow())

g_var = "global"
def use_global():
    global g_var
    g_var = "rebound"
use_global()
print(g_var)

class K:
    attr = 5
    def m(self):
        return __class__.__name__
    print([attr for _ in range(1)] if False else "class scope")
print(K().m())

# decorators
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
@times(2)
def add(a, b):
    return a + b
print(add(1, b=2) if False else add(1, 2))
class Box:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, nv):
        self._v = nv * 10
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
b = Box(1)
b.v = 3
print(b.v, Box.s(1), b.s(2), Box.c(), b.c())
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
class Registered:
    pass
print(reg)

# lambda
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, x=2), (lambda: None)(), sq.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))

# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(500), odd(501))

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep2(n):
    if n == 0:
        return 0
    return deep2(n - 1) + 1
try:
    deep2(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
# recursion through __repr__
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr RecursionError")
# recursion through a generator
def rgen(n):
    yield from rgen(n + 1)
try:
    next(rgen(0))
except RecursionError as e:
    print("gen RecursionError")
# and the interpreter still works afterwards
print(fact(10))
# recursion inside try/finally
depth = 0
def tf(n):
    global depth
    try:
        return tf(n + 1)
    finally:
        depth = max(depth, n)
try:
    tf(0)
except RecursionError:
    print("finally recursion ok", depth > 100)
