# float arithmetic edge cases: signs of // and % and zeros, ** special
# cases and errors, exact comparisons with ints, hashes, repr, round,
# hex/fromhex, float() parsing, formatting.
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", repr(r))

inf, nan = float("inf"), float("nan")
for a in (7.0, -7.0, 0.0, -0.0, 7.5, -7.5, 1e300, inf):
    for b in (2, -2.0, 0.5, -3, inf):
        print(a, b, a // b, a % b, divmod(a, b), a / b, a + b, a - b, a * b)
print(2.0 ** -1, (-2.0) ** 3, (-inf) ** 3, (-inf) ** -3.0, nan ** 0, 1.0 ** nan, (-1.0) ** inf, 0.5 ** -inf)
print(1e300 * 1e300, -1e300 * 1e300, 0.1 + 0.2, 1 / 3, 2 / 3.0, 1e22 / 7)
print(hash(1.5), hash(0.1), hash(-2.5), hash(1e300), hash(5e-324), hash(2.0 ** 70), hash(inf), hash(-inf), hash(-1.0), hash(4.0) == hash(4))
print(2 ** 63 == 2.0 ** 63, 2.0 ** 53 < 2 ** 53 + 1, nan != 1, nan == nan, inf > 10 ** 400, -inf < -10 ** 400)
print(repr(1e16), repr(1e-5), repr(0.1), repr(-0.0), repr(1e22), repr(123456789.0), str(1.5e300))
print(round(2.675, 2), round(1234.5, -1), round(0.125, 2), round(-0.4, 0), round(2.5), round(-3.5), round(0.5), round(1.5, None))
print(round(5e-324, 400), round(1e300, -300), round(1e20), type(round(2.5)).__name__)
print((-7.5).__floor__(), (-7.5).__ceil__(), (-7.5).__trunc__(), int(-1e20), (1.0).is_integer(), (1.5).is_integer())
print((0.1).as_integer_ratio(), (-8.0).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.5).hex(), (5e-324).hex(), (-0.0).hex(), (1e300).hex(), float.fromhex("0x1.8p1"), float.fromhex(" -0X1P-1074 "), float.fromhex("0x.8"))
print(float(), float(" -InFinity "), float("1_0.5"), float("1e1_0"), float(".5e-3"), float("١٢.5"), float(10), float(True), float(b"1.5"))
for s in ("", "e", ".2f", "010,.2f", "015,.1f", "z.2f", ".3", ".0", "#.0f", "#g", ".0%", "010", ",", "_.2f", "=+10.2f", "n", "E", "F", "G", "10.3e", "<10", "^10"):
    for v in (1.5, -0.0001, 1234567.5, 1e16, 123.0, inf, -nan, 1e100):
        print(repr(s), repr(v), repr(format(v, s)))
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
          lambda: 10.0 ** 400, lambda: pow(2.0, 3, 5), lambda: float("x"), lambda: float("nan(1)"),
          lambda: float("0x1p3"), lambda: float([]), lambda: round(1.7976931348623157e308, -308),
          lambda: float.fromhex("0x1.fffffffffffff8p1023"), lambda: float.fromhex("0x"),
          lambda: (inf).as_integer_ratio(), lambda: (nan).as_integer_ratio(), lambda: int(inf),
          lambda: format(1.0, "d"), lambda: format(1.0, ".2,"), lambda: float(10 ** 400), lambda: 1.0 + 10 ** 400):
    attempt(f)
