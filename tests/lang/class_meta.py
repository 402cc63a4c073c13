class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print("calling", cls.__name__, args)
        return super().__call__(*args)
    def hello(cls):
        return "hello from " + cls.__name__
class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
a = A(5)
print(a.x, A.made_by, A.hello(), type(A).__name__, isinstance(A, Meta), isinstance(A, type))
class B(A):
    pass
print(type(B).__name__, B.made_by)
b = B(1)
X = type("X", (object,), {"v": 3, "get": lambda self: self.v})
print(X().get(), X.__name__, X.__bases__)
print(type(1), type("a"), type(None), type(type), type(object))
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(Gen[int])
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
class P(metaclass=Prepared):
    pass
print(P.injected)
class InstCheck(type):
    def __instancecheck__(cls, obj):
        return obj == 42
class Anything(metaclass=InstCheck): pass
print(isinstance(42, Anything), isinstance(1, Anything))
print(A.__dict__["made_by"], "x" in A.__dict__, sorted(k for k in B.__dict__))
class Attrs:
    pass
Attrs.dynamic = lambda self: "dyn"
print(Attrs().dynamic())
Attrs.__repr__ = lambda self: "Attrs!"
print(Attrs(), repr(Attrs()))
del Attrs.__repr__
print(repr(Attrs()).startswith("<__main__.Attrs"))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner)
