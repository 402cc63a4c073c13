# float // and %: result signs follow the divisor, -0.0 results, inf and nan
# operands, tiny remainders, divmod consistency, and the zero errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
xs = [7.5, -7.5, 0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 1e300, -1e-300, 5e-324, inf, -inf]
ys = [2.0, -2.0, 0.1, -0.1, 3, -3, 1e-300, inf, -inf, 0.7]
for x in xs:
    print(repr(x), [(repr(x // y), repr(x % y)) for y in ys])
for x, y in [(7.5, 2), (-7.5, 2), (1, 0.3), (-1, 0.3), (2**60, 0.5), (10**20, 3.0), (5, -0.0001), (True, 0.25)]:
    q, r = divmod(x, y)
    print(repr(x), repr(y), repr(q), repr(r), repr(x // y), repr(x % y), q == x // y, r == x % y)
print(repr(nan // 1.0), repr(1.0 % nan), repr(divmod(nan, 2.0)), repr(divmod(2.0, nan)), repr(divmod(inf, 2.0)))
print(repr(-0.0 % 5.0), repr(0.0 % -5.0), repr(-0.0 // 5.0), repr(0.0 // -5.0), repr(-5.0 % 5.0), repr(5.0 % -5.0))
print(repr(6.0 % 2.0), repr(-6.0 % 2.0), repr(6.0 % -2.0), repr(-6.0 % -2.0), repr(1e-320 % 1.0), repr(-1e-320 % 1.0))
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0.0", lambda: 1.0 % 0.0)
show("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0))
show("1.0 // 0", lambda: 1.0 // 0)
show("1 % 0.0", lambda: 1 % 0.0)
show("divmod(1, -0.0)", lambda: divmod(1, -0.0))
show("nan % 0.0", lambda: nan % 0.0)
show("inf // 0", lambda: inf // 0)
show("1.0 // '2'", lambda: 1.0 // "2")
show("divmod(1.0, None)", lambda: divmod(1.0, None))
show("divmod('a', 1.0)", lambda: divmod("a", 1.0))
show("1.0 // 1j", lambda: 1.0 // 1j)
show("1j % 1", lambda: 1j % 1)
show("divmod(1j, 1)", lambda: divmod(1j, 1))
show("float huge int", lambda: 1.5 // 10**400)
x = -7.5
x //= 2
print(x)
x = -7.5
x %= 2
print(x)
print(float.__floordiv__(7.0, 2), float.__rmod__(2.0, 7), float.__divmod__(7.0, 2), float.__rdivmod__(2.0, 7),
      float.__mod__(7.0, "x"))
