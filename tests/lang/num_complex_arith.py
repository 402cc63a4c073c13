# complex arithmetic: + - * / with ints, floats, bools and complexes, the
# signs of zero parts, division by tiny and huge values, abs, conjugate.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

zs = [0j, 1j, -1j, 1 + 1j, 3 - 4j, -2.5 + 0.5j, 1e300 + 1e300j, 1e-300 - 1e-300j, complex(0.0, -0.0), complex(-0.0, 0.0)]
others = [2, -3, 0.5, True, 2 + 0j, 1 - 1j, 1e-310 + 0j, complex(0, 1e300)]
for z in zs:
    for w in others:
        out = [repr(z + w), repr(w + z), repr(z - w), repr(w - z), repr(z * w), repr(w * z)]
        try:
            out.append(repr(z / w))
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            out.append(repr(w / z))
        except ZeroDivisionError as e:
            out.append(str(e))
        print(repr(z), repr(w), " ".join(out))
for z in zs:
    print(repr(z), repr(-z), repr(+z), repr(abs(z)), repr(z.conjugate()), repr(z.real), repr(z.imag), bool(z))
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(1e308 + 1e308j) if False else 0)
show("abs overflow", lambda: abs(complex(1.5e308, 1.5e308)))
show("1j / 0", lambda: 1j / 0)
show("1j / 0.0", lambda: 1j / 0.0)
show("1j / 0j", lambda: 1j / 0j)
show("0j / 0j", lambda: 0j / 0j)
show("1 / 0j", lambda: 1 / 0j)
show("1j // 2", lambda: 1j // 2)
show("1j % 2", lambda: 1j % 2)
show("divmod(1j, 2)", lambda: divmod(1j, 2))
show("2 // 1j", lambda: 2 // 1j)
show("1j + '1'", lambda: 1j + "1")
show("'1' * 1j", lambda: "1" * 1j)
show("[1] * 1j", lambda: [1] * 1j)
show("1j & 1", lambda: 1j & 1)
show("~1j", lambda: ~1j)
show("1j << 1", lambda: 1j << 1)
show("int(1j)", lambda: int(1j))
show("float(1j)", lambda: float(1j))
show("round(1j)", lambda: round(1j))
show("1j + 10**400", lambda: 1j + 10**400)
# huge values and division accuracy
print(repr((1e300 + 1e300j) / (1e300 + 1e300j)), repr((1 + 2j) / (3 + 4j)), repr((1e-300 + 1j) / (1e-300 + 1e-300j)))
print(repr((1 + 1j) * (1 - 1j)), repr((2 + 3j) * (2 + 3j)), repr(1j * 1j), repr(1j * 1j * 1j), repr((1e200 + 1e200j) * (1e200 + 1e200j)))
z = 1 + 2j
z += 1
z *= 2j
z -= 0.5
z /= 2
print(repr(z), type(z).__name__)
print(complex.__add__(1j, 1), complex.__radd__(1j, 1), complex.__add__(1j, "x"), complex.__mul__(2j, True), complex.__truediv__(4j, 2))
print((1j).__abs__(), (1 + 1j).__neg__(), (1j).__pos__(), (2j).__bool__(), (0j).__bool__(), (1 + 0j) == True)
