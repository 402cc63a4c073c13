# Metaclass __call__: controlling instance creation.
class Singleton(type):
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        cls._inst = None
    def __call__(cls, *args, **kw):
        if cls._inst is None:
            cls._inst = super().__call__(*args, **kw)
        return cls._inst

class Config(metaclass=Singleton):
    def __init__(self, v):
        print("init Config", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)

class Counted(type):
    calls = 0
    def __call__(cls, *args, **kw):
        Counted.calls += 1
        obj = cls.__new__(cls)
        obj.args = args
        obj.kw = kw
        return obj      # __init__ skipped on purpose
class P(metaclass=Counted):
    def __init__(self):
        raise RuntimeError("never")
p = P(1, 2, z=3)
print(p.args, p.kw, Counted.calls)

class Swap(type):
    def __call__(cls, *args):
        return ("swapped", cls.__name__, args)
class Q(metaclass=Swap):
    pass
print(Q(1, 2))
class Q2(Q): pass
print(Q2())

# type.__call__ directly
class R:
    def __new__(cls, *a):
        print("R.__new__", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("R.__init__", a)
r = type.__call__(R, 5, 6)
print(type(r).__name__)

# errors inside __call__ propagate
class Boom(type):
    def __call__(cls, *a):
        raise ValueError("no instances of " + cls.__name__)
class S(metaclass=Boom): pass
try:
    S()
except ValueError as e:
    print(type(e).__name__, e)

# __call__ on the metaclass is not used for the metaclass's own instances' methods
class T(metaclass=Swap):
    def __call__(self):
        return "instance call"
print(T())
print(type.__call__(T).__class__.__name__, type.__call__(T)())
try:
    type.__call__(42)
except TypeError as e:
    print(type(e).__name__, e)
