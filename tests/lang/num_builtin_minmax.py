# min() and max() on numbers: mixed ints/floats/bools (first of equals is
# kept), key=, default=, huge ints, nan order dependence, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(repr(max(1, 1.0)), repr(max(1.0, 1)), repr(min(1, True)), repr(min(True, 1)), repr(max(0, -0.0, False)), repr(min(False, 0)))
print(max(3, 7, 5), min(3, 7, 5), max([2**100, 2**100 + 1, 2**99]), min(-(2**100), -(2**64), 0), max(2.5, 2), min(1e308, 10**400))
print(max(range(10**6)), min(range(-5, 5)), max([1.5, 2**53, 2**53 + 1]), max(2.0**53, 2**53 + 1), max(2**53 + 1, 2.0**53))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=abs), max([-2, 2], key=abs), min([-2, 2], key=abs), max("abc", key=ord))
print(max([], default=None), min((), default="empty"), max([1], default=5), max(iter([4, 9, 2])), min([[1, 2], [1, 1]]))
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1, 0), min(1, nan, 0), max([nan, 5, 7]), max([5, nan, 7]))
print(max(1, 2j.imag), min(float("inf"), 10**400), max(float("-inf"), -(10**400)))
show("max()", lambda: max())
show("min([])", lambda: min([]))
show("max(1)", lambda: max(1))
show("max(1, 'a')", lambda: max(1, "a"))
show("min(1j, 2j)", lambda: min(1j, 2j))
show("max(1, 2, key=None)", lambda: max(1, 2, key=None))
show("max(1, 2, default=0)", lambda: max(1, 2, default=0))
show("max([1], foo=1)", lambda: max([1], foo=1))
show("max([1, 2], key=lambda x: 'a' if x == 1 else 0)", lambda: max([1, 2], key=lambda x: "a" if x == 1 else 0))
show("min(None, 1)", lambda: min(None, 1))
show("max(iter([]))", lambda: max(iter([])))
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "N(%r)" % self.v
print(max(N(1), N(3), N(2)), min([N(1), N(3), N(0)]), max(N(2), N(2)).v)
