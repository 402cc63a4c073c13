# Integer literal forms: bases, underscores, big values, and the
# corresponding int() parsing, plus float/imaginary literal forms.
print(0, 00, 0_0, 123, 1_000_000)
print(0x1f, 0X1F, 0xdead_beef, 0o17, 0O777, 0o1_7, 0b1010, 0B1_0_1_0)
print(0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(123456789012345678901234567890 * 2)
print(-0x10, +0o10, ~0b10)
print(1_0.5, 1e3, 1E-3, 1_0e1_0, .5, 5., 0.0, 1e308 * 10, -1e-400)
print(1j, 2.5j, 1e2j, 0j, 1_0j, 3 + 4j)
print(type(1j).__name__, type(10 ** 20).__name__, type(1e0).__name__)
print(0xff == 255, 0o10 == 8, 0b11 == 3)

# int() with bases and underscores
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("1_000"), int("  42  "), int("-7"), int("+7"), int("z", 36))
for bad in ["1__0", "_1", "1_", "0x", "08", "", "1.5", "abc"]:
    try:
        int(bad, 0) if bad in ("08",) else int(bad)
        print("parsed", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)

# bin/oct/hex round trips
for n in [0, 5, -5, 255, 2 ** 65]:
    print(bin(n), oct(n), hex(n), int(bin(n), 0) == n)

# large literals keep exact values
big = 0x_1234_5678_9abc_def0_1234_5678_9abc_def0
print(big, big.bit_length(), big >> 64, big & 0xffff)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(True + True, 1 == 1.0 == True)
