# abs() and divmod() across the numeric types, user classes with __abs__ and
# __divmod__/__rdivmod__, NotImplemented, and the TypeError messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, -0, 5, -5, True, False, -(2**62), -(2**63), -(2**100), 2.5, -2.5, -0.0, float("-inf"), 3 - 4j, -0j, complex(-0.0, -3)]:
    print(repr(v), repr(abs(v)), type(abs(v)).__name__)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (2**70, 7), (-(2**70), 2**35 + 1),
             (1, float("inf")), (-1, float("inf")), (0.0, -5), (-0.0, 5)]:
    print(repr(a), repr(b), repr(divmod(a, b)))
class A:
    def __abs__(self):
        return "abs!"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(abs(A()), divmod(A(), 1), divmod(1, A()), divmod(A(), "x"))
class OnlyR:
    def __rdivmod__(self, o):
        return "rdivmod"
show("divmod(OnlyR(), OnlyR())", lambda: divmod(OnlyR(), OnlyR()))
print(divmod(1, OnlyR()))
class NI:
    def __divmod__(self, o):
        return NotImplemented
    def __rdivmod__(self, o):
        return NotImplemented
show("divmod(NI(), 1)", lambda: divmod(NI(), 1))
show("divmod(1, NI())", lambda: divmod(1, NI()))
show("divmod(1, 'a')", lambda: divmod(1, "a"))
show("divmod('a', 1)", lambda: divmod("a", 1))
show("divmod(1j, 1j)", lambda: divmod(1j, 1j))
show("divmod([], [])", lambda: divmod([], []))
show("divmod(1)", lambda: divmod(1))
show("divmod(1, 2, 3)", lambda: divmod(1, 2, 3))
show("divmod(a=1, b=2)", lambda: divmod(a=1, b=2))
show("abs('a')", lambda: abs("a"))
show("abs(None)", lambda: abs(None))
show("abs([])", lambda: abs([]))
show("abs()", lambda: abs())
show("abs(1, 2)", lambda: abs(1, 2))
show("abs(x=1)", lambda: abs(x=1))
class IntSub(int):
    def __rdivmod__(self, o):
        return "sub rdivmod wins"
print(divmod(5, IntSub(3)), divmod(IntSub(5), 3))
class FloatSub(float):
    def __abs__(self):
        return "float sub abs"
print(abs(FloatSub(-1.0)), abs(float(FloatSub(-1.0))))
print(int.__abs__(-3), float.__abs__(-3.5), complex.__abs__(3 + 4j), int.__divmod__(7, 2), int.__rdivmod__(2, 7), int.__divmod__(7, 2.0))
