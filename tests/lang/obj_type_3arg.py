# type(name, bases, dict): building classes dynamically.
def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "dim": 2,
                           "__repr__": lambda self: f"Point({self.x})"})
p = Point(3)
print(p, p.x, Point.dim, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__, Point.__mro__)
print(repr(Point))

Sub = type("Sub", (Point,), {"dim": 3})
print(Sub(4), Sub.dim, isinstance(Sub(1), Point), issubclass(Sub, Point))

# the dict is copied: later changes do not reach the class
ns = {"a": 1}
K = type("K", (), ns)
ns["a"] = 2
ns["b"] = 3
print(K.a, hasattr(K, "b"), "a" in K.__dict__)

# names need not be identifiers
Odd = type("not an identifier!", (), {})
print(Odd.__name__, repr(Odd))
Empty = type("", (), {})
print(repr(Empty.__name__))

# __qualname__ and __module__ from the dict
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod"})
print(Q.__name__, Q.__qualname__, Q.__module__, repr(Q), "__qualname__" in Q.__dict__)
try:
    type("Q2", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)

# a class made by type() is a normal class
Q.extra = 7
print(Q.extra, Q().extra)
print(type(Point) is type, type(type("X", (int,), {})(5)).__mro__)

# bases given as a tuple with builtins
IntLike = type("IntLike", (int,), {"double": lambda self: self * 2})
print(IntLike(21).double(), IntLike("7"))

# one-argument form
print(type(p) is Point, type(Point), type(3.0), type(None).__name__)

# errors
for args in [("A", "B"), ("A", (), {}, 1), (), (1, (), {}), ("A", [], {}), ("A", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(5, x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), {}, x=1)
except TypeError as e:
    print(type(e).__name__, e)
