# Abstract-like base classes without the abc module.
def abstract(f):
    f.__isabstractmethod__ = True
    return f

class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        missing = set()
        for base in cls.__mro__:
            for k, v in vars(base).items():
                if getattr(v, "__isabstractmethod__", False) and getattr(cls, k) is v:
                    missing.add(k)
        cls.__abstractmethods__ = frozenset(missing)
        return cls

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0

print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

# abstract properties, classmethods and staticmethods
class Props(metaclass=AbstractMeta):
    @property
    @abstract
    def value(self): ...
    @classmethod
    @abstract
    def make(cls): ...
print(sorted(Props.__abstractmethods__), Props.__dict__["value"].__isabstractmethod__)
try:
    Props()
except TypeError as e:
    print(type(e).__name__, e)

# NotImplementedError-based interface
class Plugin:
    def run(self):
        raise NotImplementedError(f"{type(self).__name__}.run")
class Good(Plugin):
    def run(self): return "ran"
print(Good().run())
try:
    Plugin().run()
except NotImplementedError as e:
    print(type(e).__name__, e)

# __init_subclass__ enforcing an interface
class Interface:
    required = ("start", "stop")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")
class Engine(Interface):
    def start(self): return "vroom"
    def stop(self): return "halt"
print(Engine().start())
try:
    class Broken(Interface):
        def start(self): pass
except TypeError as e:
    print(type(e).__name__, e)

# __abstractmethods__ can be assigned and deleted on plain classes
class Manual: pass
Manual.__abstractmethods__ = {"a"}
try:
    Manual()
except TypeError as e:
    print(type(e).__name__, e)
del Manual.__abstractmethods__
print(type(Manual()).__name__)
try:
    type.__dict__["__abstractmethods__"].__get__(type)
except AttributeError as e:
    print(type(e).__name__, e)
