class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.xs)) + ")"
    def __str__(self):
        return "<" + " ".join(map(str, self.xs)) + ">"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, x):
        return x in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __abs__(self):
        return sum(a * a for a in self.xs)
    def __bool__(self):
        return any(self.xs)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iadd__(self, o):
        self.xs = [a + b for a, b in zip(self.xs, o.xs)]
        return self
    def __call__(self, k):
        return self.xs[k]
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v, repr(v), str(v), len(v), v[0], v[-1], 2 in v, 7 in v)
print(v + w, v * 2, 3 * v, -v, abs(v), bool(v), bool(Vec(0, 0)))
print(v == Vec(1, 2, 3), v != w, v < w, v > w, sorted([w, v]))
v[0] = 10
del v[1]
print(v, list(v), v(0))
v += w
print(v)
print(f"{v!r} {v}")
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for x in Seq():
    print(x, end=" ")
print()
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), sum(It()))
class Rev:
    def __radd__(self, o):
        return "radd " + repr(o)
    def __rsub__(self, o):
        return "rsub"
print(1 + Rev(), "s" + Rev(), [1] + Rev(), 5 - Rev())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) > Cmp(0), max(Cmp(1), Cmp(5)))
try:
    Cmp(1) >= 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
print(H.__hash__)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], bin(Idx()), range(10)[Idx()])
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return True
with Ctx() as c:
    raise ValueError("boom")
print("after")
class GA:
    def __getattr__(self, name):
        return name.upper()
g = GA()
g.real = 1
print(g.foo, g.real)
class GAttr:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
ga = GAttr()
ga.x = 1
print(ga.magic, ga.x)
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
s = SA()
s.v = 4
del s.v
print(s.v)
class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(Fmt(), "x>5"), f"{Fmt():abc}")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self): return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
class New:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
New(1, 2)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NotMine:
    def __new__(cls):
        return 42
print(NotMine())
