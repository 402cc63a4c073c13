# repr(float) is the shortest string that round-trips; str is the same in
# 3.x; exponent switch points at 1e16 and 1e-4; subnormals; round trip.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-4, 1e-5, 0.0001, 0.00001234, 1e15, 1e16, 1e17,
        9999999999999998.0, 1.0000000000000002, 0.9999999999999999, 123456789012345.6, 1234567890123456.7,
        12345678901234567.0, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
        1.7976931348623157e308, 4.9406564584124654e-324, 1e22, 1e23, 9.007199254740993e15, 3.14159,
        2.0**-1074, 2.0**-1022, 2.0**1023, 1e300 * 1e8, -1e-300 * 1e-30, 100.0, 1e1, 1e2, 1.5e-7,
        0.000123456789, 6.02214076e23, 6.62607015e-34, 299792458.0, -273.15, 1.1, 2.675, 0.5, 0.25]
for v in vals:
    r = repr(v)
    assert float(r) == v or v != v
    print(r, str(v), r == str(v))
# decimal points and exponent forms
for e in range(-8, 25):
    print(e, repr(10.0 ** e), repr(1.5 * 10.0 ** e), repr(-(10.0 ** e) / 7))
# integers as floats
for v in [0.0, -0.0, 1.0, -1.0, 42.0, 1e15, 2.0**52, 2.0**53, 2.0**53 + 2, 2.0**60, 2.0**64]:
    print(repr(v), str(v), repr(v + 0.5))
# round trips of a pseudo-random sequence of doubles
x = 0.123456789
for i in range(40):
    x = (x * 1103515245.0 + 12345.0) % 2147483648.0 / 2147483647.0 * 10.0 ** (i % 30 - 15)
    r = repr(x)
    assert float(r) == x, r
    print(r)
# specials
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), repr(-float("nan")), str(float("inf")))
print([0.1, -0.0, 1e100], (1.5,), {2.5: 3.5}, f"{0.1!r}", "%r %s" % (0.1, 0.3), str(1e-7), repr(1e16 - 2))
