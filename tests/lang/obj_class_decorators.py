# Class decorators: applied bottom-up, may return anything.
log = []
def tag(name):
    def deco(cls):
        log.append((name, cls.__name__))
        cls.tags = getattr(cls, "tags", ()) + (name,)
        return cls
    return deco

@tag("outer")
@tag("inner")
class A:
    pass
print(A.tags, log)

def add_repr(cls):
    fields = [k for k in cls.__dict__ if not k.startswith("_")]
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in fields) + ")"
    cls.__repr__ = __repr__
    return cls

@add_repr
class P:
    x = 1
    y = "two"
print(P(), repr(P()))

def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)

def instance_of(cls):
    return cls()
@instance_of
class Single:
    def hello(self): return "hi"
print(Single.hello(), type(Single).__name__)

# decorator expressions (3.9 relaxed grammar)
decos = {"a": tag("dict")}
@decos["a"]
class B: pass
print(B.tags)

@(lambda c: c)
class C: pass
print(C.__name__)

# a decorator that wraps in a subclass
def sub(cls):
    class Wrapped(cls):
        def greet(self):
            return "wrapped " + super().greet()
    Wrapped.__name__ = cls.__name__
    Wrapped.__qualname__ = cls.__qualname__
    return Wrapped
@sub
class G:
    def greet(self): return "hello"
print(G().greet(), G.__name__, [k.__name__ for k in G.__mro__])

# decorator errors propagate; the name is not bound
def boom(cls):
    raise RuntimeError("decorating " + cls.__name__)
try:
    @boom
    class H: pass
except RuntimeError as e:
    print(type(e).__name__, e)
print("H" in globals())

# decorators run after __init_subclass__ and __set_name__
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
def announce(cls):
    print("decorator", cls.__name__)
    return cls
@announce
class K(Base): pass
