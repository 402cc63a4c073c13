# __slots__ across inheritance.
class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = "base"
class Mid(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = "mid"
class Leaf(Mid):
    __slots__ = ()
x = Leaf()
print(x.a, x.b, hasattr(x, "__dict__"))
try:
    x.c = 1
except AttributeError as e:
    print(type(e).__name__, e)

# descriptors are found along the MRO
print("a" in Base.__dict__, "a" in Mid.__dict__, "b" in Mid.__dict__)
print(Leaf.a is Base.a, Leaf.b is Mid.b)

# an unset slot in a subclass instance
y = Mid.__new__(Mid)
try:
    y.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    y.a
except AttributeError as e:
    print(type(e).__name__, e)

# a subclass without slots has a __dict__ and still uses the slots
class Free(Base):
    pass
f = Free()
f.z = 1
print(f.a, f.z, f.__dict__)

# class attributes shadowed by slots of subclasses
class Cls:
    value = "class"
class Slotted(Cls):
    __slots__ = ("value",)
s = Slotted()
try:
    s.value
except AttributeError as e:
    print(type(e).__name__, e)
s.value = "inst"
print(s.value, Cls.value)

# properties and slots together
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)

# multiple inheritance: only one base may have non-empty slots
class M1:
    __slots__ = ()
class M2:
    __slots__ = ()
class Combo(Base, M1, M2):
    __slots__ = ("extra",)
c = Combo()
c.extra = 1
print(c.a, c.extra, [k.__name__ for k in Combo.__mro__])
# __slots__ is just a class attribute afterwards
print(Combo.__slots__, Leaf.__slots__, Base.__slots__)
Base.__slots__ = ("changed",)
print(Base.__slots__)
bb = Base()
bb.a = 5
print(bb.a)
