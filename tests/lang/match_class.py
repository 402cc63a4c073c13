# match: class patterns (positional via __match_args__, keyword, builtins matching themselves), mapping patterns with **rest.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class NoArgs:
    pass

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point3(_, _, z):
            return f"3d z={z}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case NoArgs():
            return "noargs"
    return "not a point"

for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Point3(1, 2, 0),
          Point3(1, 2, 3), NoArgs(), 5]:
    print(p if not isinstance(p, NoArgs) else "NoArgs", where(p))

def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
    return "other"

for v in [True, -3, 7, 2.5, "hi", b"yo", [9, 8], (1, 2), {"k": 4}, {"j": 1},
          frozenset([2, 1]), {3, 1}, [], None]:
    print(repr(v), builtin(v))

# keyword attributes on any object
match 7:
    case int(real=r, imag=i, denominator=d):
        print("int attrs", r, i, d)
match "text":
    case str(upper=u):
        print("bound method attr", u())

# a subclass of a builtin matches itself positionally
class MyInt(int):
    pass
match MyInt(5):
    case MyInt(v):
        print("MyInt", v, type(v).__name__)

# mapping patterns
def mp(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "rest", **rest}:
            return f"rest {sorted(rest.items())}"
        case {1: one, 2.5: cls}:
            return f"odd keys {one} {cls}"
        case {"nested": {"deep": [d, *_]}}:
            return f"deep {d}"
        case {}:
            return f"any mapping of {len(m)}"
    return "not mapping"

for m in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "rest", "a": 1, "b": 2},
          {1: "uno", 2.5: "half"}, {"nested": {"deep": [5, 6]}}, {}, {"z": 1}, [("type", "point")], "abc"]:
    print(mp(m))

class D(dict):
    def __missing__(self, key):
        return "missing"
match D(a=1):
    case {"b": b}:
        print("missing was used", b)
    case {"a": a, **kw}:
        print("D matched", a, kw, type(kw).__name__)

# rest is a fresh dict, subject untouched
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **others}:
        others["z"] = 0
        print(sorted(others), sorted(d))

# __match_args__ taken from the class, values are read through getattr
class Lazy:
    __match_args__ = ("v",)
    @property
    def v(self):
        print("reading v")
        return 42
match Lazy():
    case Lazy(41):
        print("no")
    case Lazy(v):
        print("yes", v)
