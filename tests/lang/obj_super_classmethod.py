# super() in classmethods, metaclasses and __init_subclass__.
class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
    @classmethod
    def describe(cls):
        return f"Base.describe({cls.__name__})"

class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args, "child")
        obj.kind = "child"
        return obj
    @classmethod
    def describe(cls):
        return "Child>" + super().describe()

class GrandChild(Child):
    @classmethod
    def describe(cls):
        return "GrandChild>" + super().describe()

o = Child.create(1)
print(type(o).__name__, o.args, o.kind)
print(GrandChild.describe(), Child.describe(), GrandChild().describe())
g = GrandChild.create()
print(type(g).__name__, g.args)

# super in metaclass methods
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst
    def describe(cls):
        return "Meta.describe " + cls.__name__
class SubMeta(Meta):
    def describe(cls):
        return "SubMeta>" + super().describe()
class X(metaclass=SubMeta):
    def __init__(self, v):
        self.v = v
x = X(3)
print(X.created_by, x.v, x.via_meta, X.describe())

# super() inside __init_subclass__
class Root:
    def __init_subclass__(cls, **kw):
        print("Root.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Root):
    def __init_subclass__(cls, flag=False, **kw):
        print("Mid.__init_subclass__", cls.__name__, flag)
        super().__init_subclass__(**kw)
class Leaf(Mid, flag=True, other=1):
    pass

# super() in a classmethod called on an instance
print(Child().describe())
# explicit two-argument form with a class as second argument
print(super(Child, GrandChild).describe())
try:
    super(GrandChild, Child).describe()
except TypeError as e:
    print(type(e).__name__, e)
