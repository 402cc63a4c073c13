# float subclasses: construction, arithmetic returning plain floats,
# overridden operators and reflected priority, repr/str/format overrides,
# hashing, attributes and __new__ with extra arguments.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class F(float):
    pass
f = F(2.5)
show("F(2.5)", lambda: f)
show("F()", lambda: F())
show("F('1e3')", lambda: F("1e3"))
show("F(' nan ')", lambda: F(" nan "))
show("F(7)", lambda: F(7))
show("F(2**70)", lambda: F(2**70))
show("F(F(1.5))", lambda: F(F(1.5)))
show("F('x')", lambda: F("x"))
show("F(1, 2)", lambda: F(1, 2))
show("F(x=1)", lambda: F(x=1))
for name, g in [("+", lambda: f + 1), ("r+", lambda: 1 + f), ("-", lambda: -f), ("abs", lambda: abs(f)), ("+u", lambda: +f),
                ("*", lambda: f * f), ("/", lambda: f / 2), ("//", lambda: f // 1), ("%", lambda: f % 1), ("**", lambda: f ** 2),
                ("round", lambda: round(f)), ("round1", lambda: round(f, 1)), ("int", lambda: int(f)), ("float", lambda: float(f)),
                ("real", lambda: f.real), ("conj", lambda: f.conjugate()), ("divmod", lambda: divmod(f, 1)), ("complex", lambda: complex(f))]:
    show(name, g)
f.tag = "t"
print(f.tag, f == 2.5, hash(f) == hash(2.5), {f: 1}[2.5], isinstance(f, float), F.__mro__[1].__name__, f.is_integer(), f.hex())
class Pretty(float):
    def __repr__(self):
        return "Pretty(%s)" % float.__repr__(self)
    def __str__(self):
        return "~" + float.__str__(self)
    def __format__(self, spec):
        return "fmt[" + float.__format__(self, spec) + "]"
p = Pretty(1.25)
print(repr(p), str(p), f"{p}", f"{p:.1f}", format(p, "e"), "%s %r %.2f" % (p, p, p), [p], str((p,)))
class Rev(float):
    def __radd__(self, o):
        return "Rev.__radd__"
    def __rtruediv__(self, o):
        return "Rev.__rtruediv__"
    def __lt__(self, o):
        return "Rev.__lt__"
    def __gt__(self, o):
        return "Rev.__gt__"
r = Rev(1.0)
print(1.5 + r, 1 + r, r + 1.5, 3.0 / r, 3 / r, r / 3, 1.0 < r, 1.0 > r, r < 1.0)
class Scaled(float):
    def __new__(cls, v, scale=1.0):
        obj = super().__new__(cls, v * scale)
        obj.scale = scale
        return obj
s = Scaled(2, 10)
print(s, s.scale, type(s).__name__, Scaled(3), Scaled(3).scale)
class Slotted(float):
    __slots__ = ("unit",)
sl = Slotted(4.0)
sl.unit = "m"
print(sl, sl.unit)
show("slotted other attr", lambda: setattr(sl, "other", 1))
class Hashy(float):
    def __eq__(self, o):
        return True
show("hash Hashy", lambda: hash(Hashy(1.0)))
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__, F(0.1).as_integer_ratio(), F(-0.0).__repr__())
