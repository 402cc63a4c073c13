# str() and repr() of ints of every size and sign, leading zeros in input,
# round trips, subclasses, and digit counting around powers of ten.
for e in list(range(0, 25)) + [30, 50, 100, 300, 1000]:
    v = 10**e
    s = str(v)
    print(e, len(s), s[:3], str(v - 1)[-3:], len(str(v - 1)), str(-v)[:4], repr(v + 1)[-2:], int(s) == v)
for v in [0, -0, 7, -7, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64, -(2**64) + 1, 123456789012345678901234567890]:
    print(str(v), repr(v), "%s|%r|%d" % (v, v, v), "{}|{!r}|{!s}".format(v, v, v), f"{v}", ascii(v))
print(int("000"), int("-000"), int("+0007"), int("0" * 50 + "1"), int("-" + "0" * 30 + "12"), str(int("00" + "9" * 40)))
x = 1
for i in range(1, 120):
    x = x * 7 + i
    assert int(str(x)) == x and int(repr(-x)) == -x
print(x % 10**20, len(str(x)))
class S(int):
    def __str__(self):
        return "S-str"
class R(int):
    def __repr__(self):
        return "R-repr"
print(str(S(5)), repr(S(5)), str(R(5)), repr(R(5)), "%s %r %d" % (S(5), S(5), S(5)), "%s %r %d" % (R(5), R(5), R(5)))
print(f"{S(5)}", f"{R(5)}", f"{S(5)!r}", format(S(5)), format(R(5)), "{}".format(S(5)), str([S(5), R(5)]))
print(int.__repr__(S(5)), int.__str__(R(5)), object.__str__(R(5)), type(str(True)).__name__, str(True), repr(False))
print([str(v) for v in (True, False, 2**62, -2**62 - 1)], str(2**100).isdigit(), str(-5).lstrip("-"), len(str(-(10**99))))
