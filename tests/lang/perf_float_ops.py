# The eval loop's float fast paths (BINARY_OP, COMPARE_OP and the reuse
# of intermediate results in chained arithmetic): exact floats, floats
# mixed with small and big ints, float subclasses, special values, and
# intermediate results that a program keeps.


def chain(a, b, c):
    return a * b + c, a * b * c - a, (a + b) * (b - c) / 2.0, 2.0 * a * b + c


vals = [0.5, -1.25, 3.0, 1e300, -0.0, 7, 2**53, 2**53 + 1, 2**70, True]
out = []
for a in vals:
    for b in vals[:4]:
        for c in (1.5, -2, 0.25):
            out.append(chain(a, b, c))
print(len(out))
for t in out[::17]:
    print(t)

# Intermediate values kept by the program must not change afterwards.
keep = []
x = 1.5
for i in range(50):
    t = x * 2.0
    keep.append(t)
    u = t + 1.0
    keep.append(u)
    x = x * 1.01 + 0.001 * i
print(keep[:4], keep[-2:], x)

# A list of temporaries: each comes from a chained expression.
ys = [i * 0.5 * 3.0 + 1.0 for i in range(40)]
print(ys[:5], sum(ys))
zs = [(i * 0.5) * (i * 0.25) for i in range(40)]
print(zs[-3:], len(set(map(id, zs))) == len(zs))


# Float subclass: its operators must run, and its instances are not
# reused as temporaries.
class F(float):
    def __add__(self, other):
        return F(float(self) + float(other) + 1000)

    def __mul__(self, other):
        return "mul"


f = F(2.0)
print(f + 1.0, 1.0 + f, f * 3.0, f - 1.0, type(f - 1.0).__name__)
print(f * 2 if False else (f + 1) * 2.0)
print(type(F(1.5) + 2.0).__name__, F(1.5) / 2.0, -F(3.0))


class G(float):
    pass


g = G(1.5)
r = g * 2.0 * 3.0
print(r, type(r).__name__, type(g).__name__, g)

# Special values.
inf, nan = float("inf"), float("nan")
print(inf * 0.5 + 1.0, inf - inf, nan == nan, nan != nan, nan < 1.0, -0.0 * 1.0, 0.0 * -1.0)
print(1.0 / 3.0 * 3.0, 0.1 + 0.2 - 0.3, 2.0 ** 0.5 * 2.0 ** 0.5, 10.0 ** -2 * 100.0)
for bad in ((1.0, 0.0), (1.0, 0), (5, 0.0)):
    try:
        print(bad[0] / bad[1] + 1.0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(1e308 * 10.0 ** 10)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10.0 * 10.0, -1e308 * 10.0)
print((-8.0) ** (1.0 / 3.0) if False else abs((-8.0) ** 2.0), 0.0 ** 0.0, 2.0 ** 1024.5 if False else 2.0 ** 10.5)

# Comparisons of floats with ints, big ints and each other.
cmp = []
for a in (1.0, 2**53 + 0.0, 1e20, -0.0, 0.5):
    for b in (1, 2**53 + 1, 10**20, 0, 2**200, 0.5):
        cmp.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
print(cmp[:3], sum(sum(c) for c in cmp))

# Mixed int / float true division and floor ops.
print(7 / 2, -7 / 2, 2**53 / 3, (2**53 + 1) / 3, 10**30 / 7, 7.5 // 2, -7.5 % 2, 7 // 2.0)


# A loop like mandel's: temporaries in chains and in compares.
def escape(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i, zr, zi
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit, zr, zi


print([escape(-2.0 + 0.3 * k, 0.1 * k - 0.6, 60) for k in range(10)])
