# repr and str of complex: parentheses only with a real part, signed zeros,
# inf and nan parts, exponent forms, shortest round trip of each part.
inf, nan = float("inf"), float("nan")
vals = [0j, -0j, 1j, -1j, 2.5j, 1e300j, 1e-7j, 1 + 0j, complex(1, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        complex(0.0, -0.0), complex(1, 1), complex(-1, -1), complex(0.1, 0.2), complex(1e16, 1e-16),
        complex(123456789012345678, 1), complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, nan),
        complex(nan, -nan), complex(inf, nan), complex(0, nan), complex(1.5, 2.0**53), complex(5e-324, -5e-324),
        complex(1e22, 1e23), complex(2, 1e16), complex(-3, 1e-5), complex(1.0, 1e-4)]
for z in vals:
    print(repr(z), str(z), repr(z) == str(z), format(z), format(z, ""), "%s" % (z,), f"{z}", [z])
for s in ["1j", "-1j", "(1+2j)", "(-0-0j)", "0j", "(1e+300+1e-300j)", "(nan+infj)", "(-inf-nanj)"]:
    z = complex(s)
    print(s, repr(z), complex(repr(z)) == z or z != z)
z = complex(0.1, 0.7)
print(repr(z * 3), repr(z.real * 3), repr(z.imag * 3))
class C(complex):
    pass
c = C(1, 2)
print(repr(c), str(c), type(c).__name__, repr(c + 1), type(c + 1).__name__, type(-c).__name__, type(c.conjugate()).__name__)
class C2(complex):
    def __repr__(self):
        return "C2!"
print(repr(C2(1)), str(C2(1)), f"{C2(1)}", [C2(1)], C2(3, 4).real, C2(3, 4).imag, abs(C2(3, 4)))
