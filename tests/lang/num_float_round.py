# round() on floats: half-to-even for ndigits=None, correctly rounded
# decimal ndigits, negative ndigits, huge ndigits, -0.0 results, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e16, -1e300]:
    print(repr(v), repr(round(v)), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, -0.125, 1234.5678, 0.1, 5e-324, 1e-10, 123456789.123456789,
          0.5, 1.5, 2.5, -2.5, 1e22, 0.0, -0.0]:
    print(repr(v), [repr(round(v, n)) for n in (0, 1, 2, 3, 5, 10, -1, -2, -3, -10)])
print(repr(round(0.4, 0)), repr(round(-0.4, 0)), repr(round(-0.4)), repr(round(-4.0, -1)), repr(round(-0.04, 1)))
print(repr(round(1e300, 400)), repr(round(1e300, -300)), repr(round(1e300, -301)), repr(round(5e-324, 324)),
      repr(round(5e-324, 323)), repr(round(1.5, 10**10)), repr(round(1.5, -(10**10))), repr(round(-1.5, -(10**10))))
show("round max -308", lambda: round(1.7976931348623157e308, -308))
print(repr(round(2.5, None)), repr(round(2.5, True)))
show("round overflow", lambda: round(9.5e307, -308))
show("round(inf, 2)", lambda: round(float("inf"), 2))
show("round(nan, -1)", lambda: round(float("nan"), -1))
show("round(inf)", lambda: round(float("inf")))
show("round(-inf)", lambda: round(float("-inf")))
show("round(nan)", lambda: round(float("nan")))
show("round(1.5, 1.0)", lambda: round(1.5, 1.0))
show("round(1.5, '1')", lambda: round(1.5, "1"))
show("round('1.5')", lambda: round("1.5"))
show("round()", lambda: round())
show("round(1.5, 2, 3)", lambda: round(1.5, 2, 3))
show("round(number=1.25, ndigits=1)", lambda: round(number=1.25, ndigits=1))
show("round(1.5, 2**100)", lambda: round(1.5, 2**100))
show("round(1.5, -2**100)", lambda: round(1.5, -(2**100)))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
show("round(NoRound())", lambda: round(NoRound()))
class FSub(float):
    pass
print(repr(round(FSub(2.567), 2)), type(round(FSub(2.567), 2)).__name__, type(round(FSub(2.5))).__name__)
