# property: getter/setter/deleter chaining builds new property objects.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "Celsius"
        print("get c")
        return self._c
    @c.setter
    def c(self, v):
        print("set c", v)
        self._c = v
    @c.deleter
    def c(self):
        print("del c")
        self._c = None

t = Temp()
t.c = 5
print(t.c)
del t.c
print(t._c)
p = Temp.__dict__["c"]
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)

# each chained call returns a new property; the original is unchanged
base = property(lambda self: 1)
with_set = base.setter(lambda self, v: None)
print(base is with_set, base.fset, with_set.fset is not None, with_set.fget is base.fget)
with_del = with_set.deleter(lambda self: None)
print(with_set.fdel, with_del.fdel is not None)
replaced = with_del.getter(lambda self: 2)
print(replaced.fget is not base.fget, replaced.fset is with_set.fset)

# property built by calling property() directly
class Direct:
    def _get(self): return self._v
    def _set(self, v): self._v = v * 2
    def _del(self): del self._v
    v = property(_get, _set, _del, "a doubled value")
d = Direct()
d.v = 4
print(d.v, Direct.v.__doc__)
del d.v
print(hasattr(d, "_v"))

# keyword arguments
kp = property(fget=lambda s: "kw", doc="kw doc")
print(kp.__get__(1), kp.__doc__)

# __isabstractmethod__ follows the functions
def ab(self): pass
ab.__isabstractmethod__ = True
print(property(ab).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)

# property in a subclass extending the parent's
class Base:
    @property
    def x(self): return "base x"
class Sub(Base):
    @Base.x.setter
    def x(self, v): print("Sub set", v)
s = Sub()
print(s.x)
s.x = 3
try:
    Base().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# __set_name__ on property (3.11: name is not exposed, but errors use it)
class Named:
    @property
    def thing(self): return 1
try:
    Named().thing = 2
except AttributeError as e:
    print(type(e).__name__, e)
