# Metaclass __init__: arguments, kwargs, and interaction with __new__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):   # keeps kw away from __init_subclass__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        super().__init__(name, bases, ns)
        cls.meta_kw = kw
class A(metaclass=Meta, color="red"):
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
    x = 1
print(A.meta_kw)
class B(A, color="blue"):
    pass
print(B.meta_kw, A.meta_kw)

# __init__ sees the class already created (attributes, __mro__)
class Inspect(type):
    def __init__(cls, *args):
        super().__init__(*args)
        print("init sees", cls.__name__, [c.__name__ for c in cls.__mro__], hasattr(cls, "value"))
class C(metaclass=Inspect):
    value = 1
class D(C): pass

# a metaclass __init__ with the wrong signature
class Narrow(type):
    def __init__(cls, name):
        pass
try:
    class E(metaclass=Narrow): pass
except TypeError as e:
    print(type(e).__name__, e)

# type.__init__ ignores its arguments but checks their number
class Loose(type):
    def __new__(mcls, name, bases, ns, extra=None):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, extra=None):
        type.__init__(cls, name, bases, ns)
        cls.extra = extra
class F(metaclass=Loose, extra=5):
    pass
print(F.extra)
try:
    type.__init__(F, "F", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)

# calling the metaclass directly runs __new__ and __init__
G = Meta("G", (), {"y": 2}, flavor="mint")
print(G.y, G.meta_kw, type(G).__name__)

# __init__ is skipped when __new__ returns a non-instance of the metaclass
class Returns(type):
    def __new__(mcls, name, bases, ns):
        return type(name, bases, ns)     # plain type, not Returns
    def __init__(cls, *a):
        print("Returns.__init__ must not run")
class H(metaclass=Returns): pass
print(type(H).__name__)
