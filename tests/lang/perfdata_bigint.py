# perf-data paths on big ints: results around the small-int boundaries
# (63-bit tagged values, 64-bit words), many short-lived big temporaries
# (their GMP digits are counted towards collections), formatting of small
# and big values, and conversions both ways.

edges = [2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63 - 1, 2**63, -(2**63), 2**64 - 1, 2**64]
for x in edges:
    print(x, x + 1, x - 1, -x, x * 2, x // 3, x % 7, x >> 1, x << 1, hash(x) == hash(int(str(x))))
print([type(x + 0).__name__ for x in edges], (2**62 - 1) + 1 - 1 == 2**62 - 1)
print(f"{2**62:,}|{-(2**63):x}|{2**64:o}|{2**62 - 1:020d}|{-5:+d}|{2**70:_}|{12345678901234567890:e}")
print(divmod(10**30 + 7, 10**15), divmod(-(10**30), 7), pow(3, 200, 10**9 + 7), (-7) ** 41)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(1500)
s = str(f)
print(len(s), s[:15], s[-15:].count("0"), sum(int(c) for c in s), int(s) == f)

# pi by Machin's formula in fixed point: thousands of big temporaries
def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    k = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * k + 1))
        sign = -sign
        k += 1
    return total

scale = 10 ** 3010
pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
digits = str(pi // 10 ** 10)
print(digits[:30], digits[-10:], len(digits))

a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
t = str(a)
print(len(t), t[:20], t[-20:], a.bit_length(), a % 1000000007)
print(int("9" * 4000) + 1 == 10 ** 4000, len(str(10 ** 4299)), int("-" + "1" * 100) // 10 ** 90)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:40])
big_keys = {2**70 + i: i for i in range(100)}
print(big_keys[2**70 + 42], (2**70 + 99) in big_keys, len({hash(2**61 - 1), hash(0)}))
