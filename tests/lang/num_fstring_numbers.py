# f-strings with numbers: conversions (!r !s !a), nested specs, expressions,
# = self-documenting forms, format_spec calls to __format__ on user types.
x, y, n = 3.14159, -2.5, 255
print(f"{x}|{x!r}|{x!s}|{x!a}|{n!r:>6}|{y!s:*^9}|{n:{'x' if n > 100 else 'd'}}")
print(f"{x=}|{n=:#x}|{y = }|{x*2=:.3f}|{n // 7=}|{-n=!r}")
print(f"{n:>{n // 50}}|{x:.{n % 7}f}|{n:{'>'}{10}{','}}|{x:{'.'}{3}{'e'}}")
print(f"{2**64:,}|{2**64:_x}|{-(2**64):+e}|{1/3:.20f}|{1e-10:f}|{1e21:f}|{1e21}|{1e16:g}|{123456789:e}")
print(f"{True:d}|{True:5}|{False!r:>6}|{True + 1}|{True:.2f}|{False:x}|{True:#b}")
print(f"{0.1 + 0.2}|{0.1 + 0.2:.17}|{0.1 + 0.2:.1}|{1e300 * 1e300}|{-(1e300 * 1e300):+}|{(1e300 * 1e300) * 0}")
print(f"{1+2j}|{(1+2j).real}|{(1+2j)*1j}|{abs(3+4j):.1f}|{(1j)**2}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "%d.%02d" % divmod(self.cents, 100)
        return "$" + format(self.cents / 100, spec)
m = Money(12345)
print(f"{m}|{m:.1f}|{m:>10.2f}|{m!s}" if False else f"{m}|{m:.1f}|{m:>10.2f}")
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
    def __format__(self, spec):
        return "F" + spec
b = Both()
print(f"{b}|{b!s}|{b!r}|{b:xyz}|{b!s:>3}|{b!r:<3}|", format(b), str(b), "{}".format(b), "{!r}".format(b))
width = 8
for v in [0, 1, -1, 123456, 1.5, -0.001, 1e100, 2**100]:
    print(f"[{v:{width}}] [{v:<{width}}] [{v:^{width}}] [{v:={width}}]" if not isinstance(v, float) or True else "")
vals = [1, 22, 333]
print(f"{vals}|{vals[1]:05}|{len(vals):*>4}|{sum(vals):,}|{max(vals) / 7:.3}|{[v * 1.5 for v in vals]}")
print(f"{'nested ' + f'{n:x}'}|{f'{x:.2f}':>8}|{n:{f'{width}'}}")
try:
    f"{n:{'bad'}}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{x:,d}"
except ValueError as e:
    print(type(e).__name__, e)
