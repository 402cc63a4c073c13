# int subclasses: construction, arithmetic results are plain ints, repr and
# str overrides, attributes, __new__ with extra arguments, and bool-likes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class MyInt(int):
    pass
a = MyInt(7)
print(a, repr(a), type(a).__name__, type(a + 1).__name__, type(-a).__name__, type(+a).__name__, type(abs(a)).__name__)
print(type(a * 1).__name__, type(a // 1).__name__, type(a << 0).__name__, type(a & -1).__name__, type(~a).__name__)
print(MyInt(), MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(2**100), type(MyInt(2**100)).__name__)
a.extra = "attr"
print(a.extra, a == 7, hash(a) == hash(7), a in {7: 1}, {a: 1}[7], isinstance(a, int), issubclass(MyInt, int))
class Named(int):
    def __repr__(self):
        return "Named(%d)" % int(self)
    def __str__(self):
        return "n%d" % int(self)
n = Named(5)
print(n, repr(n), str(n), "%d|%s|%r" % (n, n, n), f"{n}|{n!r}|{n:03d}", format(n), [n])
class Pos(int):
    def __new__(cls, v, scale=1):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v * scale)
    def __init__(self, v, scale=1):
        self.scale = scale
p = Pos(3, 10)
print(p, p.scale, type(p).__name__)
show("Pos(-1)", lambda: Pos(-1))
class Adder(int):
    def __add__(self, other):
        return Adder(int(self) + int(other) + 1000)
    __radd__ = __add__
x = Adder(1)
print(x + 1, 1 + x, x + x, type(x + 1).__name__, sum([x, x], 0))
class Cmp(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
print(Cmp(1) == 2, 2 == Cmp(1), Cmp(1) != 2, Cmp(1) < 2)
class WithSlots(int):
    __slots__ = ()
ws = WithSlots(4)
show("slots attr", lambda: setattr(ws, "x", 1))
show("nonempty slots", lambda: type("Bad", (int,), {"__slots__": ("a",)}))
print(WithSlots(9) * 2, int(WithSlots(9)), type(int(WithSlots(9))).__name__)
class Deep(MyInt):
    pass
d = Deep(11)
print(d, type(d).__mro__[1].__name__, d.bit_length(), d.to_bytes(1, "big"), isinstance(d, MyInt))
print(int.__add__(MyInt(2), 3), MyInt.__add__(MyInt(2), 3), int.__repr__(n), int.__str__(n) if False else 0)
show("int.__add__ wrong self", lambda: int.__add__("a", 1))
print(int.__add__(1, "a"), int.__eq__(1, 1.0), int.__lt__(1, "a"))
