# builtin pow() with two and three arguments across types, user classes
# with __pow__/__rpow__ (3-argument form does not try __rpow__), errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(2, 0.5), pow(1j, 2), pow(True, False), pow(-8, 1 / 3))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(3, 0, 1), pow(0, 0, 7), pow(10**30, 10**30, 10**9 + 7))
print(pow(3, -1, 11), pow(-3, -1, 11), pow(3, -2, -11), pow(2**89 - 1, -1, 2**61 - 1) * (2**89 - 1) % (2**61 - 1))
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
show("pow(2, P(), 3)", lambda: pow(2, P(), 3))
class NoMod:
    def __pow__(self, other):
        return ("two-arg only", other)
print(pow(NoMod(), 2))
show("pow(NoMod(), 2, 3)", lambda: pow(NoMod(), 2, 3))
class NI:
    def __pow__(self, other, mod=None):
        return NotImplemented
    def __rpow__(self, other, mod=None):
        return NotImplemented
show("NI() ** 2", lambda: NI() ** 2)
show("2 ** NI()", lambda: 2 ** NI())
show("pow(NI(), 2, 3)", lambda: pow(NI(), 2, 3))
show("pow(2, 3, 4.0)", lambda: pow(2, 3, 4.0))
show("pow(2.0, 3, 4)", lambda: pow(2.0, 3, 4))
show("pow('2', 3)", lambda: pow("2", 3))
show("pow(2, '3', 4)", lambda: pow(2, "3", 4))
show("pow(2, 3, '4')", lambda: pow(2, 3, "4"))
show("pow([], 2)", lambda: pow([], 2))
show("pow(0, -1)", lambda: pow(0, -1))
show("pow(0.0, -1)", lambda: pow(0.0, -1))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(2, 1, 0)", lambda: pow(2, 1, 0))
show("pow(base=2)", lambda: pow(base=2))
show("pow(2, 3, mod=None)", lambda: pow(2, 3, mod=None))
show("pow(exp=3, base=2)", lambda: pow(exp=3, base=2))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
show("pow(I(2), 3, 5)", lambda: pow(I(2), 3, 5))
show("pow(2, I(3))", lambda: pow(2, I(3)))
class MyInt(int):
    def __pow__(self, other, mod=None):
        return "MyInt pow"
    def __rpow__(self, other, mod=None):
        return "MyInt rpow"
print(pow(2, MyInt(3)), pow(MyInt(2), 3), 2 ** MyInt(3), pow(MyInt(2), 3, 5), pow(2, MyInt(3), 5))
