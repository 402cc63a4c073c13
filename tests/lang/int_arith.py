# int arithmetic edge cases: small/big boundaries, floor division signs,
# pow with modulus, shifts and bit operations on negatives, true division,
# hashes, conversions, errors with their messages.
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", repr(r))

B = 2 ** 62
for a in (B - 1, B, -B, -B - 1, 2 ** 63, -(2 ** 100)):
    print(a, a + 1, a - 1, a * 3, -a, abs(a), ~a, a // 7, a % 7, a >> 3, a << 3, hash(a))
for a in (7, -7, 10 ** 20, -(10 ** 20)):
    for b in (2, -2, 3, -(10 ** 19)):
        print(a, b, a // b, a % b, divmod(a, b), a / b, a & b, a | b, a ^ b)
print(2 ** 100, (-3) ** 41, 2 ** -1, 10 ** 0, 0 ** 0)
print(pow(2, -1, 7), pow(2, 3, -5), pow(3, 10 ** 20, 10 ** 9 + 7), pow(-3, 3, 5))
print(1 << 62, -1 << 62, -1 >> 100, (-2 ** 100) >> 1, 5 >> 1000)
print(True + True, True & False, True | False, True ^ True, ~True, -True, True << 70, True / 2)
print(hash(-1), hash(-2), hash(2 ** 61), hash(-2 ** 61 + 1), hash(2 ** 61 - 1), hash(True))
print((2 ** 53 + 1) / 1, 2 ** 1100 / 2 ** 2174, 10 ** 30 / (10 ** 15 + 1), float(2 ** 53 + 3))
print(2 ** 63 == 2.0 ** 63, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 1 < float("inf"))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (-7).bit_count(), (2 ** 100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((6).as_integer_ratio(), (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(round(15, -1), round(25, -1), round(-15, -1), round(12345, -2), round(7, 2))
print(int(), int(3.9), int(-3.9), int("  -12_3 "), int("0x_1f", 0), int("z", 36), int("0b101", 0), int(True))
print(int("١٢٣"), int(10 ** 20 + 0.0), int(b"42"))
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: 0 ** -1,
          lambda: 1 << -1, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: 10 ** 400 / 3,
          lambda: float(10 ** 400), lambda: int("x"), lambda: int("010", 0), lambda: int("1", 1),
          lambda: int([]), lambda: int(1.5, 2), lambda: int(float("inf")), lambda: int(float("nan")),
          lambda: str(10 ** 4300), lambda: int("1" * 4301), lambda: (256).to_bytes(1, "big"),
          lambda: (-1).to_bytes(1, "big"), lambda: int("1__0"), lambda: len(str(10 ** 4299))):
    attempt(f)
