# format() of complex numbers: default (repr-like) and each of e f g E F G
# with precision, sign, width, fill and alignment; the rules for zeros.
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, 1e20 + 1e-20j, complex(-0.0, 0.0), complex(0.0, -0.0), 3 + 0j,
        complex(float("inf"), float("nan")), 1.23456789 + 9.87654321j, complex(1e16, 1)]
for spec in ["", "g", ".3", ".3g", "e", ".2e", "E", "f", ".1f", "F", "G", "+", "+.2f", " .1f", "-", "20", "<25", ">25",
             "^25", "*^30.3e", "#g", "#.0f", "_", ",.2f", "z.1f" if False else ".0f", "30,.3f", "12"]:
    out = []
    for z in vals:
        try:
            out.append(format(z, spec))
        except ValueError as e:
            out.append("!" + str(e))
    print(repr(spec), "|".join(out))
z = 3.14159 - 2.71828j
print(f"{z}|{z:.2f}|{z:>30}|{z:+.3e}|{z.real:.2f}{z.imag:+.2f}j|{z!r}|{z!s:^30}")
print("{:.1f}|{:g}|{:10.2}".format(z, z, z))
class C(complex):
    def __format__(self, spec):
        return "C(" + spec + ")"
print(format(C(1, 2), "x"), f"{C(1):>5}", "{:q}".format(C()))
# flags on the repr-like form: '#' keeps a point, 'z' clears negative zeros,
# grouping applies to each part; a '0' after an explicit fill is width
for spec in ["#", "z", "+z", ",", "_", "#15", "*<012", "x^#10", "z#"]:
    print(repr(spec), "|".join(format(z, spec) for z in [1j, 0j, complex(-0.0, -0.0), complex(-0.0, 0), 12345.5 + 1j,
                                                        1e20j, complex(5, -0.0), complex(float("nan"), -1e-300)]))
for spec in ["0", "010", "0<10", "=10", "0=5", "%", ".2%", "c", "010d"]:
    try:
        print(repr(spec), format(1 + 1j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
