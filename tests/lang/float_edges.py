# float repr, parsing, rounding, hashing, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), -float('inf'),
        float('nan'), 2.0**53, 2.0**63, 1/3, 100.0, 1e22, 1e23, -1.25]
for v in vals:
    print(repr(v), str(v), hash(v) if v == v else 'nanhash', v.is_integer(), abs(v), -v)
for s in ["1.5", "  -2.5e3 ", "inf", "-Infinity", "nAn", "+nan", "1_000.5", "0x1p3", ".5", "5.", "1e500",
          "-1e500", "1e-500", "\t3.25\n", "١٢٣", "1__0", "_1", "1_", "", " ", "abc", "1e", "1.2.3", "0x10", "infinity1"]:
    show("float(%r)" % s, lambda: float(s))
show("float(None)", lambda: float(None))
show("float([])", lambda: float([]))
show("float(b'1.5')", lambda: float(b"1.5"))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("-0x1p-1074"))
print((0.75).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.1).as_integer_ratio())
show("ratio inf", lambda: float('inf').as_integer_ratio())
show("ratio nan", lambda: float('nan').as_integer_ratio())
# arithmetic and errors
show("fdiv0", lambda: 1.0 / 0)
show("ffloordiv0", lambda: 1.0 // 0.0)
show("fmod0", lambda: 1.0 % 0.0)
show("fdivmod0", lambda: divmod(1.0, 0.0))
show("0.0**-1", lambda: 0.0 ** -1)
show("pow overflow", lambda: 10.0 ** 400)
show("mul overflow", lambda: 1e308 * 10)
show("neg frac pow", lambda: (-8.0) ** (1 / 3) if False else 0)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.1), (-0.0, 1.0), (0.0, -1.0), (1e308, 1e-308),
             (float('inf'), 2.0), (3.0, float('inf')), (-3.0, float('inf'))]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2.0 ** 0.5, 2 ** 0.5, (-2.0) ** 2, (-2.0) ** 3, 1.0 ** float('nan'), float('nan') ** 0)
# round
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5678, -1234.5678, 1e300, 0.0, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
for v in [5, 15, 25, -25, 12345, 2**70 + 5]:
    print(v, round(v), round(v, -1), round(v, 1), round(v, -2), type(round(v, 1)).__name__)
show("round inf", lambda: round(float('inf')))
show("round nan", lambda: round(float('nan')))
show("round inf digits", lambda: round(float('inf'), 2))
show("round str", lambda: round("1.5"))
show("round float nd", lambda: round(1.5, 1.0))
# comparisons and hashes
print(hash(1.0) == hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64),
      hash(0.5), hash(-0.5), hash(1e100), hash(float('inf')), hash(-float('inf')), hash(True), hash(False))
print(hash(10**30), hash(-10**30), hash(1.5e-7), hash(123456789.125))
print(0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16, (2**53 + 1) == 2.0**53, 2**53 + 1 > 2.0**53)
print(float.__ge__(1.0, 2), (1.0).__eq__("x"), (3.5).__trunc__(), (3.5).__floor__(), (-3.5).__ceil__(), (3.25).__round__(1))
print(max(1, 1.0), min(1.0, 1), sum([0.1] * 10), float(True), 1.0.conjugate(), (2.5).real, (2.5).imag)
print(int(1e18), int(-1.5e19), int(2.0**200))
print(float('-0.0'), -0.0 == 0.0, str(-0.0), repr(1e-7), repr(123e-310))
