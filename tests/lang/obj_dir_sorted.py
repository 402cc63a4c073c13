# dir(): sorted names of instances, classes and modules.
class Base:
    b_attr = 1
    def b_method(self): pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
def mine(names):
    return [n for n in names if not n.startswith("__")]

print(mine(dir(Child())))
print(mine(dir(Child)))
print(mine(dir(Base)))
d = dir(Child())
print(d == sorted(d), type(d).__name__, "__init__" in d, "__class__" in d, "__dict__" in d)
print("mro" in dir(Child), "mro" in dir(type), "__mro__" in dir(Child))

# dir of builtins
print(mine(dir(1))[:6], len(mine(dir([]))) > 5, "append" in dir(list))
print(mine(dir(None)), mine(dir(object())))

# instance attributes added later, and deleted class attributes
c = Child()
c.zz = 1
c.aa = 2
print(mine(dir(c)))
del Child.c_attr
print(mine(dir(c)))

# slots appear in dir
class S:
    __slots__ = ("s1", "s2")
print(mine(dir(S())))

# dir() with no argument: the local scope, sorted
def scope():
    zeta = alpha = 1
    return dir()
print(scope())

# metaclass attributes do not appear in dir(class)
class Meta(type):
    meta_attr = 1
class K(metaclass=Meta):
    k_attr = 1
print(mine(dir(K)), "meta_attr" in dir(Meta))

# non-str keys in an instance dict
class Weird: pass
w = Weird()
w.__dict__[1] = "one"
try:
    print(mine(dir(w)))
except TypeError as e:
    print(type(e).__name__, e)
