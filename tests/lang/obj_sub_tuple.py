# Subclassing tuple: named fields by properties, __new__, attributes.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], p[-1], list(p), p + (10, 20), type(p + (1, 1)).__name__)
print(p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), p[:1], type(p[:1]).__name__)
x, y = p
print(x, y, p.count(1), p.index(2), sorted(p, reverse=True), tuple(p) is p, type(tuple(p)).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

# without __slots__: instances take attributes
class Tagged(tuple):
    pass
t = Tagged([3, 1, 2])
t.tag = "hello"
print(t, t.tag, vars(t), sorted(t), type(t * 2).__name__, t * 2)
t.__dict__["other"] = 1
print(t.other, sorted(vars(t)))
del t.tag
print(hasattr(t, "tag"))

# equality, ordering and hashing as a tuple
print(Tagged((1, 2)) == (1, 2), Tagged((1,)) < (2,), {Tagged((1, 2)): "v"}[(1, 2)])

# nested subclasses and empty tuples
class Empty(Tagged): pass
e = Empty()
e.note = "n"
print(e, len(e), e.note, bool(e), type(e).__mro__[1].__name__)

# namedtuple-like factory without imports
def make_record(name, fields):
    ns = {"__slots__": (), "_fields": tuple(fields)}
    def __new__(cls, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} values, got {len(values)}")
        return tuple.__new__(cls, values)
    ns["__new__"] = __new__
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    ns["__repr__"] = lambda self: name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"
    return type(name, (tuple,), ns)
Rec = make_record("Rec", ["a", "b"])
r = Rec(1, "two")
print(r, r.a, r.b, r._fields, r == (1, "two"))
try:
    Rec(1)
except TypeError as e:
    print(type(e).__name__, e)
