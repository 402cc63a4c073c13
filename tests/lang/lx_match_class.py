# match class patterns: positional through __match_args__, keywords,
# builtins matching themselves, inheritance, and the run-time errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %s" % y
        case Point(x, 0):
            return "on x axis at %s" % x
        case Point3(_, _, z) if z < 0:
            return "below, z=%s" % z
        case Point(x, y=yy):
            return "at %s,%s" % (x, yy)
        case _:
            return "not a point"

for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, -3), Point(4, 5), Point3(1, 2, 3), (0, 0)]:
    print(where(p))

def builtin(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case str(s):
            return "str %r" % s
        case bytes(b):
            return "bytes %r" % b
        case list([a, *_]):
            return "list starting %r" % a
        case tuple(t):
            return "tuple %r" % (t,)
        case dict({"k": v}):
            return "dict with k=%r" % v
        case set() | frozenset():
            return "some set"
        case _:
            return "other"
for v in [True, 3, 2.5, "s", b"b", [9, 8], (1,), {"k": 0}, {1}, frozenset(), None]:
    print(builtin(v))

# attribute lookups happen only for keyword/positional sub-patterns
class Tracked:
    __match_args__ = ("a",)
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "a":
            return 1
        raise AttributeError(name)
match Tracked():
    case Tracked(a=2):
        print("no")
    case Tracked(1, b=_):
        print("no b")
    case Tracked():
        print("matched bare")

def err(subject, fn):
    try:
        fn(subject)
    except TypeError as e:
        print(type(e).__name__, e)

class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["x"]
class ShortArgs:
    __match_args__ = ("x",)
    x = 1
class NonStrArgs:
    __match_args__ = (1,)

def too_many(s):
    match s:
        case NoArgs(a):
            pass
def not_tuple(s):
    match s:
        case BadArgs(a):
            pass
def too_many2(s):
    match s:
        case ShortArgs(a, b):
            pass
def dup(s):
    match s:
        case ShortArgs(a, x=b):
            pass
def nonstr(s):
    match s:
        case NonStrArgs(a):
            pass
def not_a_class(s):
    notcls = 5
    match s:
        case notcls():
            pass
def int_two(s):
    match s:
        case int(a, b):
            pass

err(NoArgs(), too_many)
err(BadArgs(), not_tuple)
err(ShortArgs(), too_many2)
err(ShortArgs(), dup)
err(NonStrArgs(), nonstr)
err(1, not_a_class)
err(1, int_two)
