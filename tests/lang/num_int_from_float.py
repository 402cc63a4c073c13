# int(float) truncates toward zero; inf and nan fail; huge floats convert
# exactly; __trunc__/__floor__/__ceil__/__round__ on floats give ints.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, -0.9999999999999999, 1.5, -1.5, 2.5, 1e10, -1e10,
          4611686018427387904.0, 9223372036854775807.0, -9223372036854775808.0, 1.8446744073709552e19,
          1e20, -1e20, 1e100, 2.0**200, -(2.0**200), 1.7976931348623157e308, 5e-324, 123456789.987654321]:
    print(repr(v), int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), round(v))
show("int(inf)", lambda: int(float("inf")))
show("int(-inf)", lambda: int(float("-inf")))
show("int(nan)", lambda: int(float("nan")))
show("trunc inf", lambda: float("inf").__trunc__())
show("floor -inf", lambda: float("-inf").__floor__())
show("ceil nan", lambda: float("nan").__ceil__())
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
show("round(-inf, 0)", lambda: round(float("-inf"), 0))
show("round(nan, 2)", lambda: round(float("nan"), 2))
# exactness for powers of two and near them
for e in [52, 53, 54, 62, 63, 64, 100, 1023]:
    f = 2.0 ** e
    print(e, int(f) == 2 ** e, int(-f) == -(2 ** e), int(f - 2.0 ** (e - 52)) == 2 ** e - 2 ** (e - 52))
# float subclasses and objects with __float__ only
class F(float):
    pass
print(int(F(3.7)), int(F(-3.7)), type(int(F(2.0))).__name__)
class OnlyFloat:
    def __float__(self):
        return 2.5
show("int(OnlyFloat())", lambda: int(OnlyFloat()))
class WithInt:
    def __int__(self):
        return -5
    def __float__(self):
        return 9.5
print(int(WithInt()), float(WithInt()))
# floor division and modulo results of floats stay floats; int() them
print(int(7.9 // 2), int(-7.9 // 2), int(-7.9 % 2 * 10))
