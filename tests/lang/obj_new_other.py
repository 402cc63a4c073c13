# __new__ returning objects of other types: __init__ is skipped.
class Weird:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "none":
            return None
        if kind == "sub":
            return super().__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Weird.__init__", kind, type(self).__name__)
class Sub(Weird):
    def __init__(self, kind):
        print("Sub.__init__", kind)

print(Weird("int"), Weird("none"))
w = Weird("self")
s = Weird("sub")
print(type(w).__name__, type(s).__name__)

# returning an instance of an unrelated class: no __init__ call
class Other:
    def __init__(self, *a):
        print("Other.__init__ must not run")
class Factory:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("Factory.__init__ must not run")
print(type(Factory()).__name__)

# caching instances in __new__ (and __init__ runs every time)
class Interned:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            cls._cache[name] = super().__new__(cls)
        return cls._cache[name]
    def __init__(self, name):
        print("init", name)
        self.name = name
a = Interned("x")
b = Interned("x")
print(a is b, len(Interned._cache))

# immutable subclasses must use __new__
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4) + 1)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, len(p), type(p).__name__)

# __new__ as an explicit staticmethod and called with a different class
class Base:
    @staticmethod
    def __new__(cls, *a):
        print("Base.__new__ for", cls.__name__)
        return object.__new__(cls)
class Child(Base): pass
print(type(Child()).__name__)

# __new__ not returning anything
class Forgot:
    def __new__(cls):
        super().__new__(cls)
print(Forgot())
# __new__ that is not callable
class NotCallable:
    __new__ = 5
try:
    NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
