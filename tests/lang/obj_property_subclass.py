# Subclassing property, and property-like descriptors.
class logged_property(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("get", self.fget.__name__)
        return super().__get__(obj, objtype)

class A:
    def __init__(self): self._v = 1
    @logged_property
    def v(self): return self._v
    @v.setter
    def v(self, value): self._v = value

a = A()
print(a.v)
a.v = 5
print(a.v, type(A.__dict__["v"]).__name__, isinstance(A.__dict__["v"], property))
print(type(A.v).__name__)

# the chained property keeps the subclass type
print(type(logged_property(lambda s: 1).setter(lambda s, v: None)).__name__)

# a cached property (no functools)
class cached:
    def __init__(self, f):
        self.f = f
        self.__doc__ = f.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.f(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    calls = 0
    @cached
    def expensive(self):
        "computed once"
        Data.calls += 1
        return 42
d = Data()
print(d.expensive, d.expensive, Data.calls, Data.expensive.__doc__, "expensive" in vars(d))
del d.expensive
print(d.expensive, Data.calls)

# property with a docstring on a subclass that adds an attribute
class documented(property):
    def __init__(self, *a, note="", **kw):
        super().__init__(*a, **kw)
        self.note = note
class B:
    p = documented(lambda self: "value", doc="the p", note="extra")
print(B().p, B.p.__doc__, B.p.note)

# read-only enforcement with a subclass
class readonly(property):
    def __set__(self, obj, value):
        raise AttributeError(f"{self.fget.__name__} is read-only")
class C:
    @readonly
    def r(self): return 1
c = C()
try:
    c.r = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(c.r)

# property getters raising AttributeError with a __getattr__ fallback
class D:
    @property
    def broken(self):
        return self.nothing
    def __getattr__(self, name):
        return f"fallback({name})"
print(D().broken)
