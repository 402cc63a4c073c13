# Big ints: digits of pi by Machin's formula in fixed point, digits of e by
# its series, and a big factorial's digit sum. Long multiplication,
# division by small and large ints, and int-to-decimal conversion.

def to_decimal(n, width=0):
    # str() of a big int, split into pieces below CPython's 4300-digit
    # limit on int-to-str conversion (the program cannot import sys to
    # lift it). Splitting by powers of ten is itself big-int division.
    if n < 10 ** 4000:
        s = str(n)
    else:
        half = 2000
        while 10 ** (2 * half) <= n:
            half *= 2
        high, low = divmod(n, 10 ** half)
        s = to_decimal(high) + to_decimal(low, half)
    return s.zfill(width)


def arctan_inv(x, scale):
    # arctan(1/x) * scale, summed until the terms vanish.
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


def pi_digits(n):
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return to_decimal(pi // 10 ** 10)


def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return to_decimal(total // 10 ** 10)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


p = pi_digits(40000)
print("pi", p[:20], p[-20:], sum(int(c) for c in p))
e = e_digits(40000)
print("e", e[:20], e[-20:], sum(int(c) for c in e))
f = to_decimal(factorial(30000))
print("30000!", len(f), f[:20], sum(int(c) for c in f))
a, b = 0, 1
for _ in range(300000):
    a, b = b, a + b
s = to_decimal(a)
print("fib(300000)", len(s), s[:20], s[-20:])
