# Subclassing exceptions: custom __init__, __str__, attributes, args.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))

# without calling super().__init__: args come from the constructor call
class Lazy(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = Lazy(1, 2)
print(e.args, str(e), e.total, repr(e))

# a __str__ that fails
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
try:
    str(BadStr())
except RuntimeError as err:
    print(type(err).__name__, err)

# hierarchy and except clauses
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid, ValueError): pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls("x")
    except ValueError:
        print(cls.__name__, "caught as ValueError")
    except Base:
        print(cls.__name__, "caught as Base")
print([c.__name__ for c in Leaf.__mro__])

# attributes, __dict__ and notes
e = Base("m")
e.extra = 1
print(e.extra, vars(e), e.__dict__ is vars(e))
e.add_note("a note")
print(e.__notes__)

# keyword arguments are rejected by BaseException.__init__
try:
    Base(x=1)
except TypeError as err:
    print(type(err).__name__, err)
class TakesKw(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
print(TakesKw(reason="why").args)

# overriding __new__ of an exception
class Interned(Exception):
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__new__(cls, key)
        return cls.cache[key]
print(Interned("a") is Interned("a"), Interned("a").args)

# subclasses of builtin exceptions keep their special attributes
class MyKey(KeyError): pass
print(str(MyKey("k")), repr(MyKey("k")), MyKey("k").args)
class MyOS(OSError): pass
o = MyOS(2, "No such file")
print(o.errno, o.strerror, str(o), type(o).__name__)
class MyStop(StopIteration): pass
print(MyStop(5).value)
class MyAttr(AttributeError): pass
print(MyAttr("x", name="n", obj=None).name)
# exception classes with class attributes and methods
class Coded(Exception):
    code = 500
    def describe(self):
        return f"{type(self).__name__}({self.code}): {self}"
class NotFound(Coded):
    code = 404
print(Coded("boom").describe(), NotFound("gone").describe())
