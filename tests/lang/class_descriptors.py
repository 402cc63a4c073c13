class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """The temperature."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__["celsius"], property))
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    a = Desc()
    b = Desc()
m = Model()
print(m.a)
m.a = 5
print(m.a, m.__dict__, type(Model.a).__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class U:
    attr = NonData()
u = U()
print(u.attr)
u.attr = "instance wins"
print(u.attr)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
s.y = 2
print(s.x, s.y, hasattr(s, "__dict__"), Slotted.x)
class SlotSub(Slotted):
    pass
ss = SlotSub(5)
ss.z = 6
print(ss.x, ss.z, ss.__dict__)
class CM:
    @classmethod
    def create(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def util(*a):
        return a
print(CM.create(1), CM().create(2), CM.util(3), CM().util(4))
print(CM.__dict__["create"].__func__.__name__, type(CM.__dict__["util"]).__name__)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class W:
    @Lazy
    def heavy(self):
        print("computing")
        return 99
w = W()
print(w.heavy, w.heavy)
print([1, 2].__len__(), (5).__add__(3), "a".__mul__(3), int.__add__(2, 3))
print(object.__eq__(1, 1), object.__ne__(1, 2), (3).__eq__("a"))
f = [].append
print(f.__name__, f.__self__, list.append.__name__, list.append.__qualname__)
print(len.__name__, type(len).__name__, type(list.append).__name__)
