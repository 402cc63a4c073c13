# three-argument pow: negative bases and moduli, modular inverses with
# negative exponents, huge operands, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for b in [0, 1, 2, -2, 3, -3, 10, -10, 12345]:
    for e in [0, 1, 2, 5, 31]:
        print(b, e, [pow(b, e, m) for m in [1, -1, 2, -2, 7, -7, 1000, -1000]])
# inverses
for b, m in [(2, 7), (3, 7), (-3, 7), (3, -7), (10, 17), (17, 3120), (2, 2**61 - 1), (12345678901234567, 10**18 + 9)]:
    inv = pow(b, -1, m)
    print(b, m, inv, (b * inv) % m == 1 % m, pow(b, -3, m), pow(b, -3, m) == pow(inv, 3, m))
print(pow(5, -1, 1), pow(5, -2, -1), pow(-1, -1, 3), pow(1, -5, 2))
show("no inverse 2 mod 4", lambda: pow(2, -1, 4))
show("no inverse 0 mod 5", lambda: pow(0, -1, 5))
show("no inverse 6 mod 9", lambda: pow(6, -2, 9))
show("mod 0", lambda: pow(2, 5, 0))
show("mod 0 neg", lambda: pow(2, -5, 0))
show("float mod", lambda: pow(2.0, 3, 5))
show("float exp", lambda: pow(2, 3.0, 5))
show("float m", lambda: pow(2, 3, 5.0))
show("str", lambda: pow("2", 3, 5))
show("complex", lambda: pow(2j, 3, 5))
show("None mod", lambda: pow(2, 3, None))
# huge values
M = 2**521 - 1
print(pow(3, M - 1, M), pow(3, 10**50, M) == pow(3, 10**50 % (M - 1), M))
print(pow(-(3**200), 12345, 10**40 + 3), pow(2**300, 2**300, 10**20 + 39))
print(pow(7, -1, 2**200 + 1) * 7 % (2**200 + 1))
print(pow(123, 456, -(10**30)), pow(-123, 457, 10**30), pow(-123, 457, -(10**30)))
# keywords
print(pow(base=2, exp=10), pow(base=2, exp=10, mod=1000), pow(2, exp=5, mod=7))
show("kw typo", lambda: pow(2, 3, modulus=5))
show("too few", lambda: pow(2))
show("too many", lambda: pow(1, 2, 3, 4))
# bools are ints here
print(pow(True, 5, 3), pow(3, True, 2), pow(3, 2, True))
