class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2())
print(p == Point(1, 2), p != q, p == 5, Point.count)
print(len({p, Point(1, 2), q}))
print(Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(p.__dict__)
p.z = 10
print(p.__dict__, p.z)
del p.z
print(p.__dict__)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "x"), getattr(p, "nope", "default"))
setattr(p, "w", 5)
print(p.w, vars(p))
class Empty:
    pass
e = Empty()
print(repr(e).startswith("<__main__.Empty object at 0x"))
print(str(Empty), repr(Empty))
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Empty() < Empty()
except TypeError as e:
    print("TypeError:", e)
print(Empty() == Empty(), bool(Empty()))
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
        return self
a, b = WithClassAttr(), WithClassAttr()
a.add(1); b.add(2)
print(WithClassAttr.items, a.items is b.items)
print(Point.norm2(p), Point.norm2.__name__)
