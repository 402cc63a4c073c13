# int arithmetic around the small-int / machine-word boundaries
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

B = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
     2**64 - 1, 2**64, -2**64, 2**100 + 7, -(2**100) - 7, 0, 1, -1, 7, -7]
for a in B:
    print(a, a + 1, a - 1, -a, abs(a), a * 3, a * -a, ~a, +a)
for a in B:
    for b in [3, -3, 7, -7, 2**63, -2**63, 2**64 + 1]:
        print(a, b, a // b, a % b, divmod(a, b), a & b, a | b, a ^ b)
for a in [-7, 7, -1, 0, 2**64, -2**64 - 3]:
    for s in [0, 1, 3, 62, 63, 64, 65, 130]:
        print(a, s, a << s, a >> s)
show("shift neg", lambda: 1 << -1)
show("rshift neg", lambda: 1 >> -1)
show("huge rshift", lambda: (-5) >> 10**30)
show("huge rshift pos", lambda: 5 >> 10**30)
show("zero lshift huge", lambda: 0 << 10**30)
show("div0", lambda: 1 // 0)
show("mod0", lambda: 1 % 0)
show("truediv0", lambda: 1 / 0)
show("divmod0", lambda: divmod(1, 0))
show("big div0", lambda: 2**100 // 0)
show("big mod0", lambda: 2**100 % 0)
# true division: correctly rounded
print(1 / 3, 2 / 3, 10**20 / 3, 2**63 / 7, -(2**63) / 7, (2**53 + 1) / 1, 10**400 // 10**399 / 3)
print(10**400 / 10**399, (2**1024 - 1) / 2**1000, 1 / 2**1074, 3 / 2**1075)
show("truediv overflow", lambda: 10**400 / 1)
show("truediv overflow2", lambda: 2**1024 / 1)
show("int to float", lambda: float(2**1024))
show("half", lambda: float(2**1024 - 2**970)); print(float(2**1024 - 2**970 - 1))
# pow
print(2**10, 2**-1, (-2)**-3, 0**0, (-1)**(2**70), (-1)**(2**70 + 1), 7**0, 3**40)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7), pow(38, -1, 97))
print(pow(2**70, 2**70, 2**65 + 3), pow(-2**70, 3, 1000))
show("pow mod 0", lambda: pow(2, 3, 0))
show("pow noninv", lambda: pow(2, -1, 4))
show("pow float mod", lambda: pow(2, 3, 1.0))
show("0**-1", lambda: 0 ** -1)
show("pow 3 args float", lambda: pow(2.0, 3, 5))
print(pow(2, 0.5), pow(8, 1 / 3), 4 ** 0.5, 2 ** -0.5)
# comparisons mixing kinds
for x, y in [(1, 1.0), (2**53 + 1, float(2**53)), (2**63, 2.0**63), (-2**63, -2.0**63),
             (10**400, float('inf')), (True, 1), (False, 0.0), (1, True), (2**64, 2**64 + 0.5)]:
    print(x, y, x == y, x < y, x > y, x <= y, x >= y, x != y)
print(float('nan') == float('nan'), 1 < float('nan'), 10**400 > float('nan'))
# int() of various things
print(int(3.9), int(-3.9), int(True), int("  12  "), int("-0x1f", 16), int("0b101", 0), int("1_000"))
print(int(1e300) == 10**300, int(2.0**63), int(-2.0**63), int(2.0**64))
show("int inf", lambda: int(float('inf')))
show("int nan", lambda: int(float('nan')))
print((255).bit_length(), (-256).bit_length(), (2**64).bit_length(), (0).bit_length())
print((5).__index__(), (2**70).__neg__(), (10).__rtruediv__(4))
print((-7).__floordiv__(2), (7).__rpow__(2), (3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((2**64 - 1).bit_count(), (-5).bit_count(), (12).as_integer_ratio(), int.from_bytes(b"\x01\x00", "big"))
