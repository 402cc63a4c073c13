# math: results bit for bit (reprs), special values, big-int functions
import math

inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.copysign(1, math.nan), type(math.pi).__name__)

xs = [0.0, -0.0, 1e-310, 0.1, 0.5, 0.7, 1.0, 1.5, 2.0, 3.3, 10.0, 100.5, 1e10, -0.3, -2.5, -7.25, inf, -inf, nan]

def show(name, f, args):
    out = []
    for x in args:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp',
             'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'erf',
             'erfc', 'gamma', 'lgamma', 'log', 'log2', 'log10', 'degrees', 'radians', 'ulp',
             'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'trunc', 'floor', 'ceil']:
    show(name, getattr(math, name), xs)

# gamma and lgamma across their range (CPython's own Lanczos code)
g = [i / 7.0 for i in range(-300, 300, 13)] + [171.5, 171.6, 180.0, -171.5, -180.5, -200.5,
     -250.25, 1e-25, -1e-25, 22.0, 23.0, 24.0, 140.5, 141.5, 5.5, 4.9999, 1e300]
show('gamma*', math.gamma, g)
show('lgamma*', math.lgamma, g)

# two-argument functions over a grid of specials
ys = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -3.0, 2.5, inf, -inf, nan]
for name in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter']:
    f = getattr(math, name)
    rows = []
    for x in ys:
        row = []
        for y in ys:
            try:
                row.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[0])
        rows.append(' '.join(row))
    print(name)
    for r in rows:
        print('  ', r)

# logs of ints of every size, exact powers too
for n in [1, 2, 3, 10, 2**52 + 1, 2**53 + 1, 10**20, 2**1023, 2**1024, 2**1024 - 1, 10**308, 10**309,
          10**1000, 3**5000, 2**10000, (2**1100 - 1), 2**1100 + 1, 7 * 2**3000, True]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2), math.log(n, 7.5))
print(math.log(10**1000, 10**1000), math.log(10, 10**500), math.log(2.0**-1074), math.log10(1e-320))

# hypot and dist (the compensated norm)
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(5e-324, 5e-324, 1e-310), math.hypot(1e-300, 1e-300))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(nan, -inf), math.hypot(*[0.1] * 100))
print(math.hypot(*range(1, 30)), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(True, 2**60))
print(math.dist((1, 2), (3, 4)), math.dist([1], (2,)), math.dist(iter([1]), [2]), math.dist((), ()))
print(math.dist((1.5, -2.25, 1e300), (0.1, 7, -1e300)), math.dist(range(20), range(3, 23)))
s = 1
vals = []
for i in range(200):
    s = (s * 1103515245 + 12345) % 2**31
    vals.append((s / 2**31 - 0.5) * 10 ** (s % 40 - 20))
print([math.hypot(vals[i], vals[i + 1], vals[i + 2]) for i in range(0, 30, 3)])
print(math.hypot(*vals), math.dist(vals[:100], vals[100:]))

# fsum: exactly rounded
print(math.fsum([]), math.fsum([-0.0]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, 1.0]), math.fsum(range(10)))
print(math.fsum(vals), math.fsum(v * 1e10 for v in vals), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]), math.fsum([True, 2**60, 0.5]))

# prod
print(math.prod([]), math.prod([1, 2, 3], start=2), math.prod([1.5, 2]), math.prod(range(1, 30)))
print(math.prod([2, 0.5, 3], start=1.0), math.prod(['ab'], start=3), math.prod([], start=None))

# integer functions
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(5, 2), math.comb(5, 7), math.comb(5, 0), math.comb(100, 50), math.comb(10**30, 10**30 - 1))
print(math.comb(10**20, 3), math.comb(True, True), math.comb(60, 30))
print(math.perm(5), math.perm(5, None), math.perm(5, 2), math.perm(5, 7), math.perm(10**20, 3), math.perm(40, 40))
print(math.perm(10**6, 0), math.perm(30, 25) == math.factorial(30) // math.factorial(5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**1001), math.isqrt(True))
print(math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(12, 18, -8), math.gcd(2**100, 2**80 * 3), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3, -5), math.lcm(1, 2**70))

# ldexp, frexp, modf, isclose, ulp, nextafter
print(math.ldexp(1.0, True), math.ldexp(0.0, 10**40), math.ldexp(-0.0, 10), math.ldexp(1, 5), math.ldexp(1.5, -1074))
print(math.ldexp(nan, 3), math.ldexp(-inf, -10**40), math.ldexp(0.75, -1075), math.ldexp(0.75, -1076))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(inf), math.frexp(5), math.frexp(5e-324), math.frexp(-1e308))
print(math.modf(inf), math.modf(-inf), math.modf(-2.5), math.modf(nan), math.modf(3))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(inf, inf), math.isclose(inf, 1e308),
      math.isclose(nan, nan), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(a=1, b=1), math.isclose(1, 1.1, rel_tol=0.1))
print(math.ulp(0.0), math.ulp(-1.0), math.ulp(1.7976931348623157e308), math.ulp(5e-324), math.ulp(1e300))
print(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(inf, 0), math.nextafter(1, 1), math.nextafter(-0.0, 0.0))

# floor/ceil/trunc: ints stay exact, dunders are called
class Num:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class FF(float):
    pass
class II(int):
    pass
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(10**30 + 1), math.ceil(-10**30 - 1), math.trunc(10**30 + 1), math.floor(True), type(math.ceil(True)).__name__)
print(math.floor(FF(2.5)), math.ceil(FF(-2.5)), math.trunc(FF(-2.5)), math.floor(II(7)), type(math.floor(II(7))).__name__)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e20), math.ceil(1.5e300) == int(1.5e300))
