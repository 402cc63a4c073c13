# Annotations in class bodies and on functions; evaluation order.
order = []
def note(s):
    order.append(s)
    return s

class Point:
    x: note("x-ann")
    y: note("y-ann") = note("y-val")
    z = 3
    w: int = 0
print(order)
print(Point.__annotations__)
print(hasattr(Point, "x"), Point.y, Point.w)

class Empty:
    pass
print(Empty.__dict__.get("__annotations__", "none in dict"))

class Child(Point):
    extra: str
print(Child.__annotations__)

def func(a: int, b: note("b-ann") = 1, *args: str, c: float = 2.0, **kw: dict) -> note("ret"):
    return a
print(func.__annotations__)
print(order[-2:])

def plain(a, b):
    pass
print(plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)

lam = lambda q: q
print(lam.__annotations__)

# annotations can be replaced wholesale
def h(x: int): pass
h.__annotations__ = {"x": "changed"}
print(h.__annotations__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# class annotations with mangled names
class Priv:
    __secret: int = 1
    public: str
print(Priv.__annotations__)

# a class body can read its own __annotations__ while running
class Reads:
    a: int
    b: str
    names = list(__annotations__)
print(Reads.names)
