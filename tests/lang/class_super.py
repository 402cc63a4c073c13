# zero-argument super() and __class__ in methods, classmethods, properties, closures, multiple inheritance.
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @staticmethod
    def st():
        return "A.st"
    @property
    def prop(self):
        return "A.prop"
    def __repr__(self):
        return "A()"

class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop
    def who(self):
        return __class__.__name__
    def nested(self):
        def inner():
            return super(B, self).hello()
        return inner()
    def lam(self):
        return (lambda: __class__)().__name__

class C(B):
    def hello(self):
        return "C>" + super().hello()
    def st_via_super(self):
        return super().st()

c = C()
print(c.hello(), C.make(), c.prop, c.who(), c.nested(), c.lam(), c.st_via_super())

# diamond: super follows the MRO of the instance's class
class Base:
    def name(self):
        return ["Base"]
class L(Base):
    def name(self):
        return ["L"] + super().name()
class R(Base):
    def name(self):
        return ["R"] + super().name()
class D(L, R):
    def name(self):
        return ["D"] + super().name()
print(D().name(), [k.__name__ for k in D.__mro__])

# super() in __init__ and __init_subclass__
class P:
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Q(P, tag="q"):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y, Q.tag)

# __class__ is the defining class, not type(self)
class E(B):
    pass
print(E().who())

# super() errors
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print("RuntimeError:", e)
class S:
    def m(self):
        del self
        return super().m()
try:
    S().m()
except RuntimeError as e:
    print("RuntimeError:", e)
class T:
    @staticmethod
    def sm():
        return super().x
try:
    T.sm()
except RuntimeError as e:
    print("RuntimeError:", e)

# super object attributes
class U(A):
    def get(self):
        s = super()
        return s.__thisclass__.__name__, s.__self_class__.__name__, type(s).__name__
print(U().get())
print(super(U, U()).hello())

# super() with dunder lookups
class MyList(list):
    def append(self, v):
        super().append(v * 10)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
ml = MyList()
ml.append(1)
print(ml[0], len(ml))

class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
md = MyDict()
md["a"] = 1
print(md)

# __class__ cell assigned: __classcell__ propagates to the created class
class W:
    def f(self):
        return __class__
print(W().f() is W)
