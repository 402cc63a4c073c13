# pow(): __pow__/__rpow__, the three-argument form, **=.
class P:
    def __init__(self, v): self.v = v
    def __pow__(self, other, mod=None):
        return ("pow", self.v, getattr(other, "v", other), mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, self.v, mod)
    def __ipow__(self, other):
        return ("ipow", self.v, other)

a = P(2)
print(a ** 3, 3 ** a, pow(a, 3), pow(3, a), pow(a, 3, 5), pow(a, P(4)))
b = P(7)
b **= 2
print(b)

def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)

attempt("3-arg rpow", lambda: pow(3, a, 5))
attempt("3-arg with mod object", lambda: pow(3, 4, a))
class Plain: pass
attempt("plain ** 2", lambda: Plain() ** 2)
attempt("2 ** plain", lambda: 2 ** Plain())
attempt("pow 3 args plain", lambda: pow(Plain(), 2, 3))
attempt("pow float mod", lambda: pow(2.0, 3, 5))
attempt("pow int negative mod", lambda: pow(2, -1, 7))
attempt("pow 0 mod", lambda: pow(2, 3, 0))

# only __pow__ without mod parameter
class NoMod:
    def __pow__(self, other):
        return "two-arg pow"
print(NoMod() ** 2)
attempt("NoMod 3-arg", lambda: pow(NoMod(), 2, 3))

# NotImplemented from __pow__ falls back to __rpow__ of the other side
class Shy:
    def __pow__(self, o, m=None): return NotImplemented
class Taker:
    def __rpow__(self, o, m=None): return "Taker.__rpow__"
print(Shy() ** Taker())

# builtin number types
print(2 ** 10, 2 ** -1, (-8) ** (1 / 3) if False else "", pow(3, 4, 5), pow(2, 100, 10 ** 9 + 7))
print(2.0 ** 3, 4 ** 0.5, pow(-2, 3), (1 + 1j) ** 2, pow(True, 2))
attempt("0 ** -1", lambda: 0 ** -1)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# int subclass with __rpow__ wins when on the right
class I(int):
    def __rpow__(self, other, mod=None):
        return "I.__rpow__"
print(2 ** I(3), I(3) ** 2, type(I(3) ** 2).__name__)
