# float methods: is_integer, as_integer_ratio, hex, fromhex round trips,
# conjugate, real/imag, __trunc__ and friends, and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.75, 0.1, 1 / 3, 1e-300, 5e-324, 2.0**53, 1e22, 1.7976931348623157e308,
        123.456, -2.5e-8, 3.0, 2.0**-1022]
for v in vals:
    n, d = v.as_integer_ratio()
    assert n / d == v
    h = v.hex()
    assert float.fromhex(h) == v
    print(repr(v), v.is_integer(), n, d, h, repr(v.conjugate()), repr(v.real), repr(v.imag))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), v.is_integer(), v.hex(), repr(v.conjugate()), repr(v.real), repr(v.imag))
show("inf ratio", lambda: float("inf").as_integer_ratio())
show("-inf ratio", lambda: float("-inf").as_integer_ratio())
show("nan ratio", lambda: float("nan").as_integer_ratio())
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print((0.5).__abs__(), (-0.5).__neg__(), (-0.5).__pos__(), (1.5).__int__(), (1.5).__float__(), (0.0).__bool__())
print(float.__getformat__("double"), float.__getformat__("float"))
show("getformat bad", lambda: float.__getformat__("int"))
show("is_integer arg", lambda: (1.0).is_integer(1))
show("hex arg", lambda: (1.0).hex(2))
show("float.hex(1)", lambda: float.hex(1))
show("fromhex int", lambda: float.fromhex(1))
show("set real", lambda: setattr(1.5, "real", 2))
class F(float):
    pass
f = F(2.5)
print(repr(f), type(f).__name__, f.as_integer_ratio(), repr(f.real), type(f.real).__name__, type(f.conjugate()).__name__)
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), type(-f).__name__, type(f + 1).__name__, type(abs(f)).__name__)
class G(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(G.fromhex("0x1p0"), type(G.fromhex("0x1p0")).__name__)
print(sorted(n for n in dir(float) if not n.startswith("_")))
