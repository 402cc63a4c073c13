# round() on ints (negative ndigits, half-even on ties, huge values), bools,
# subclasses and user __round__; result types.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 250, -250, 12345, 99999, 2**63 + 5, 10**30 + 5 * 10**9,
          -(10**30) - 5 * 10**9, 2**100]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -10), round(v, -100))
print(round(True), round(True, 1), round(False, -1), type(round(True)).__name__, type(round(True, 2)).__name__)
print(round(5, None), round(-5, None), round(2**70, -20), round(-(2**70), -20), round(5 * 10**50, -51), round(15 * 10**50, -51))
show("round(1, 2**100)", lambda: round(1, 2**100))
show("round(5, 1.5)", lambda: round(5, 1.5))
show("round(5, '1')", lambda: round(5, "1"))
show("(5).__round__(None)", lambda: (5).__round__(None))
show("(5).__round__(-1)", lambda: (5).__round__(-1))
show("int.__round__(15, -1)", lambda: int.__round__(15, -1))
show("(5).__round__(1, 2)", lambda: (5).__round__(1, 2))
class MyInt(int):
    pass
show("round(MyInt(15))", lambda: round(MyInt(15)))
show("round(MyInt(15), -1)", lambda: round(MyInt(15), -1))
show("round(MyInt(15), 1)", lambda: round(MyInt(15), 1))
class R:
    def __round__(self, *args):
        return args
show("round(R())", lambda: round(R()))
show("round(R(), 2)", lambda: round(R(), 2))
show("round(R(), None)", lambda: round(R(), None))
class RNone:
    __round__ = None
show("round(RNone())", lambda: round(RNone()))
show("round(1+1j)", lambda: round(1 + 1j))
show("round(None)", lambda: round(None))
show("round([])", lambda: round([]))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(2**52 + 0.5))
