# float ** edge cases: zeros with signs, infinities, nan, negative bases
# with fractional exponents (complex results), overflow and underflow.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
bases = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, inf, -inf, nan]
exps = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, inf, -inf, nan]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(repr(b), " ".join(row))
print(repr(2.0 ** 0.5), repr(10.0 ** -2), repr(10.0 ** 22), repr(10.0 ** 23), repr(2.0 ** -1074), repr(2.0 ** -1075))
print(repr(1.0000001 ** 1e10 if False else 1.5 ** 100), repr(0.9 ** 1000), repr((-1.5) ** 3), repr((-1.5) ** 4.0))
# negative base with fractional exponent gives a complex
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 0.5, (-2.0) ** -1.5, type((-4.0) ** 0.5).__name__)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("-0.0 ** -1.5", lambda: (-0.0) ** -1.5)
show("0.0 ** -inf", lambda: 0.0 ** -inf)
show("0 ** -1.0", lambda: 0 ** -1.0)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("(-10.0) ** 401", lambda: (-10.0) ** 401)
show("2.0 ** 1024", lambda: 2.0 ** 1024)
show("1e308 ** 2", lambda: 1e308 ** 2)
show("10 ** 400.0", lambda: 10 ** 400.0)
show("2.0 ** 10**400", lambda: 2.0 ** 10**400)
show("0.5 ** 10**400", lambda: 0.5 ** 10**400)
show("1.0 ** 10**400", lambda: 1.0 ** 10**400)
show("(-1.0) ** 10**400", lambda: (-1.0) ** 10**400)
show("10**400 ** 0.5", lambda: (10**400) ** 0.5)
show("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
show("2.0 ** '1'", lambda: 2.0 ** "1")
show("2.0 ** 1j", lambda: 2.0 ** 1j)
show("float.__pow__(2.0, 3, 5)", lambda: float.__pow__(2.0, 3, 5))
print(float.__pow__(2.0, 3), float.__rpow__(2.0, 3), float.__pow__(2.0, "x"), pow(2.0, -2), pow(4, 0.5))
x = 2.0
x **= 10
print(x)
x **= -0.5
print(x)
print(repr(1.0 ** nan), repr(nan ** 0), repr(nan ** 0.0), repr((-1.0) ** inf), repr((-1.0) ** -inf))
print(repr(0.0 ** 0), repr(0 ** 0.0), repr(inf ** 0), repr(inf ** -1), repr((-inf) ** 3), repr((-inf) ** -3), repr((-inf) ** 2.5))
