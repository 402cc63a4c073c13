# __init_subclass__: implicit classmethod, kwargs from the class statement.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "kw", kw)

class Alpha(Plugin): pass
class Beta(Plugin, name="bee"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# not called for the class defining it
class Root:
    def __init_subclass__(cls):
        print("Root sees", cls.__name__)
print("Root defined")
class Leaf(Root): pass
class Leaf2(Leaf): pass

# leftover kwargs reach object.__init_subclass__, which refuses them
try:
    class Bad(Plugin, colour="red"): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(flavour="x"): pass
except TypeError as e:
    print(type(e).__name__, e)

# cooperative chains through multiple bases
class A:
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, b=0, **kw):
        print("B.__init_subclass__", cls.__name__, b, kw)
        super().__init_subclass__(**kw)
class C(A, B, b=5): pass

# explicit classmethod works too, and the hook sees class attributes
class Checked:
    @classmethod
    def __init_subclass__(cls, required=()):
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")
class Good(Checked, required=("run",)):
    def run(self): pass
try:
    class Lacking(Checked, required=("run", "stop")):
        def run(self): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.__name__)

# metaclass kwargs: both metaclass and __init_subclass__ see them
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("Base hook", kw)
class Child(Base, size=3): pass
print(object.__init_subclass__(), object.__init_subclass__.__name__)
