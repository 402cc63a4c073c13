# big-int algorithms as a check of multiply, divide, gcd and conversion
# paths: factorials, Fibonacci, integer square roots, modular inverses,
# base conversion round trips, digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
f500 = fact(500)
print(len(str(f500)), str(f500)[:25], sum(int(c) for c in str(f500)), f500 % (10**9 + 7), (f500 // fact(498)) == 500 * 499)
print(fib(1000) % 10**20, len(str(fib(1000))), fib(300) * fib(302) - fib(301) ** 2, gcd(fib(400), fib(300)) == fib(100))
for n in [0, 1, 2, 15, 16, 17, 10**20, 2**127 - 1, 10**100 + 12345, 3**401]:
    r = isqrt(n)
    print(r if r < 10**25 else r % 10**12, r * r <= n < (r + 1) ** 2)
print(isqrt(2 * 10**200) % 10**30)
# gcd/lcm style identities on big values with signs
a, b = 3**200 * 7**40, 3**150 * 5**60 * 7**10
g = gcd(a, b)
print(g == 3**150 * 7**10, (a * b) // g % 10**15, gcd(-a, b) == g, gcd(a, -b) == g, gcd(0, -b) == b)
# multiplication and division identities
x, y = 12345678901234567890123456789 ** 7, 98765432109876543210 ** 5
q, r = divmod(x, y)
print(q * y + r == x, 0 <= r < y, divmod(-x, y) == (-q - 1, y - r), divmod(x, -y) == (-q - 1, r - y), divmod(-x, -y) == (q, -r))
print((x * y) // x == y, (x * y) % x, (x + y) * (x - y) == x * x - y * y, x ** 2 // x == x, -x // x, -(x + 1) // x)
# conversions
big = 7**1234
for base in [2, 3, 7, 8, 10, 16, 36]:
    digs = []
    m = big
    while m:
        m, d = divmod(m, base)
        digs.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    s = "".join(reversed(digs))
    print(base, len(s), int(s, base) == big)
print(int(str(big)) == big, int(str(-big)) == -big, len(str(big)), str(big)[-10:], hex(big)[-10:], int(hex(big), 16) == big)
# mixed small/big carries
v = 2**64 - 1
print(v + 1, v * v, (v * v) >> 64, (v * v) & v, -v - 1, (-v - 1) // 2**32, (-v - 1) % 2**32, (v + 1) ** 2 - 1 == v * (v + 2))
print(sum(range(2**40, 2**40 + 10**4)), 2**4096 % 1000000007, pow(3, 2**100, 2**127 - 1), (-1) ** (2**100 + 1))
