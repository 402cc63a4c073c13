# __prepare__: custom namespaces for class bodies.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.log.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, len(bases), kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.log
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(A.order, A.z)

# a namespace that rejects duplicates
class NoDups(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate " + k)
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDups()
try:
    class B(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

# a namespace whose __getitem__ supplies defaults (lookups in the body)
class AutoNS(dict):
    def __missing__(self, k):
        if k.startswith("auto_"):
            return k[5:]
        raise KeyError(k)
class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
class C(metaclass=Auto):
    v = auto_hello
    w = len(auto_xy)
print(C.v, C.w)

# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class D(metaclass=BadPrep): pass
except TypeError as e:
    print(type(e).__name__, e)

# __prepare__ as a staticmethod and the kwargs it receives
class SP(type):
    @staticmethod
    def __prepare__(name, bases, **kw):
        print("static prepare", name, kw)
        return {"injected": kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, *a, **kw):
        pass
class E(metaclass=SP, a=1, b=2):
    pass
print(E.injected)
print(type.__prepare__("X", ()), type(type.__prepare__()))
