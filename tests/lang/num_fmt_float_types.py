# float presentation types e E f F g G % and none, across precisions,
# magnitudes, and the '#' alternate form; repr-style default formatting.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2 / 3, 123.456, 1e-5, 1.5e-7, 12345678.9, 1e16, 1.23456789e22, 5e-324,
        1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 1e100]
for t in ["", "e", "E", "f", "F", "g", "G", "%"]:
    for p in ["", ".0", ".1", ".3", ".12", ".17"]:
        spec = p + t
        try:
            print(repr(spec), "|".join(format(v, spec) for v in vals))
        except ValueError as e:
            print(repr(spec), type(e).__name__, e)
for spec in ["#", "#.0", "#e", "#.0e", "#f", "#.0f", "#g", "#.0g", "#.3g", "#G", "#%", "#.0%", "#.1"]:
    print(repr(spec), "|".join(format(v, spec) for v in [0.0, 1.0, 10.0, 1e16, 1e-5, 123.0, 3.5, float("inf")]))
# g: switching between fixed and exponent forms
for e in range(-7, 20):
    v = 1.25 * 10.0 ** e
    print(e, format(v, "g"), format(v, ".3g"), format(v, ".10g"), format(v, "G"), format(v, ""), format(v, ".3"), str(v))
# large precisions print exact decimal expansions
print(format(0.1, ".30f"), format(0.1, ".25e"), format(2**-20, ".25g"), format(1e22, ".0f"), format(1e23, ".0f"))
print(format(5e-324, ".400f")[-30:], len(format(1e308, "f")), format(1e308, ".3e"), format(123.456, ".50g"))
# rounding of halfway cases is correct, not naive
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), format(1.0005, ".3f"), format(0.5, ".0f"),
      format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(1.25e10, ".1e"), format(9.995, ".2f"), format(9.9999, ".3g"))
print("%e|%E|%f|%F|%g|%G|%.3g|%#g|%.0e|%#.0f|%10.4f|%-10.2e|%+.1f" % (1234.5, 1234.5, 1.5, -1.5, 1e-5, 1e20, 3.14159, 1.0, 12345.0, 2.0, 3.14159, 1e5, 2.25))
# precisions past a double's exact expansion (zeros from there on), also
# through %-formatting, which has no cap of its own
for p in [1074, 1100, 1101, 1500, 20000]:
    for alt, spec in [("", "f"), ("", "e"), ("", "g"), ("#", "g"), ("", "%")]:
        for v in [5e-324, 0.1, 1e308, -2.5]:
            s = format(v, alt + "." + str(p) + spec)
            print(p, spec, len(s), s[:12], s[-16:])
    t = "%.*f|%#.*g|%.*E" % (p, 0.1, p, 1e-5, p, 2.0**-1074)
    print(p, len(t), t[1070:1090], t[-20:])
