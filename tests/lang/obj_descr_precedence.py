# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, objtype=None):
        return ("data", self.tag, obj is None)
    def __set__(self, obj, value):
        print("Data.__set__", self.tag, value)

class NonData:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, objtype=None):
        return ("nondata", self.tag, obj is None)

class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)

class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")

class C:
    d = Data("d")
    n = NonData("n")
    s = OnlySet()
    x = OnlyDelete()

c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
c.__dict__["s"] = "inst-s"
c.__dict__["x"] = "inst-x"
print(c.d)        # data descriptor wins
print(c.n)        # instance wins
print(c.s)        # __set__ only: data descriptor without __get__ -> instance dict
print(c.x)        # __delete__ only: also a data descriptor -> instance dict value
print(C.d, C.n)
print(type(C.s).__name__, type(C.x).__name__)
c.d = 5
c.s = 6
c.n = 7
print(c.__dict__["n"])
del c.x
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.s
except AttributeError as e:
    print(type(e).__name__, e)

# functions are non-data descriptors: an instance attribute shadows a method
class M:
    def f(self): return "method"
m = M()
print(m.f())
m.f = lambda: "instance"
print(m.f())
del m.f
print(m.f())

# descriptors on the metaclass apply to the class
class Meta(type):
    md = Data("meta")
class K(metaclass=Meta):
    md = "class attr"
print(K.md)
class Meta2(type):
    mn = NonData("meta-nondata")
class K2(metaclass=Meta2):
    mn = "class attr"
print(K2.mn)

# descriptor found on a base class
class Base:
    d = Data("base")
class Derived(Base):
    pass
dd = Derived()
dd.__dict__["d"] = 1
print(dd.d)
# a plain class attribute in the subclass hides the base descriptor
class Derived2(Base):
    d = "plain"
print(Derived2().d)
