# Argument binding: defaults, *args/**kwargs, keyword-only, positional-only,
# and the errors CPython reports for bad calls.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))

def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
print(f.__defaults__, f.__kwdefaults__, pos.__code__.co_posonlyargcount)

def errors(call, *a, **k):
    try:
        call(*a, **k)
    except TypeError as e:
        print("TypeError:", e)

def g(a, b): pass
def h(a, b=1, *, c): pass
def k(*, x): pass
def p(a, /, b): pass
def v(*args): pass
def o(): pass
class C:
    def m(self, x): pass
errors(g, 1)
errors(g)
errors(g, 1, 2, 3)
errors(g, 1, b=2, a=3)
errors(g, 1, 2, c=3)
errors(h, 1)
errors(h, 1, 2, 3)
errors(k, 1)
errors(k)
errors(k, y=1)
errors(p, a=1, b=2)
errors(p, 1, 2, a=3)
errors(v, x=1)
errors(o, 1)
errors(o, x=1)
errors(C().m)
errors(C().m, 1, 2)
errors(C.m, 1)
errors(lambda: f(1, 2, c=3, **{"c": 4}))
errors(lambda: g(1, **{"b": 2, "a": 3}))
errors(lambda: 0, 1)
errors(lambda x, y: 0, 1)
errors(lambda: g(*5))
errors(lambda: g(**5))
errors(lambda: g(**{1: 2}))
def many(a, b, c, d): pass
errors(many, 1)
errors(many)
def kwo(a, *, b, c): pass
errors(kwo, 1)
errors(kwo)
def two_defaults(a, b=1, c=2): pass
errors(two_defaults)
errors(two_defaults, 1, 2, 3, 4)
def kwo_default(a, *, b=1): pass
errors(kwo_default, 1, 2)
errors(kwo_default, 1, 2, 3, b=4)

# keyword arguments ordering in **kw
def kws(**kw):
    return list(kw)
print(kws(z=1, a=2, m=3), kws(**{"b": 1}, a=2))

# unpacking in calls
print(f(*(1,), *(2, 3), c=0, **{"x": 1}, **{"y": 2}))
args = (1, 2)
print(pos(*args, *[3], d=4))

# annotations and metadata
def ann(a: int, b: "str" = "x", *c: float, d: bool = True, **e: dict) -> list:
    """docstring here"""
    pass
print(ann.__annotations__)
print(ann.__name__, ann.__qualname__, ann.__doc__, ann.__module__)
print(ann.__code__.co_argcount, ann.__code__.co_kwonlyargcount, ann.__code__.co_varnames)
class Outer:
    def meth(self):
        def inner():
            pass
        return inner
print(Outer.meth.__qualname__, Outer().meth().__qualname__)

# function attributes
def attrs(): pass
attrs.custom = 5
print(attrs.custom, attrs.__dict__)
print(callable(attrs), type(attrs).__name__)
