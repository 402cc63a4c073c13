# int(str, base) for every base, base 0 with prefixes, case of digits,
# signs and surrounding whitespace, bytes and bytearray input.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[:base]
    print(base, int(s, base), int(s.upper(), base), int("-" + s[::-1], base), int("  +" + s[-1] * 3 + "\t", base))
for s in ["0", "00", "0_0", "7", "-7", "+7", "0x1F", "0X1f", "-0x1f", "0o17", "0O17", "0b101", "0B101",
          "0x_1_f", "0b_1", "0o_7", "  0x10  ", "1_000_000", "-0"]:
    print(repr(s), int(s, 0))
for s, b in [("0x1f", 16), ("0X1F", 16), ("0o17", 8), ("0b11", 2), ("0x_a", 16), ("-0b1", 2), ("+0o7", 8),
             ("z", 36), ("Z", 36), ("zz", 36), ("10", 36), ("11", 2), ("777", 8), ("ff", 16)]:
    print(repr(s), b, int(s, b))
# bytes / bytearray
print(int(b"42"), int(b" -17 "), int(b"ff", 16), int(bytearray(b"0x10"), 0), int(b"1_0"))
# base given by keyword, base as a bool / an __index__ object
class B:
    def __index__(self):
        return 16
print(int("ff", base=16), int("11", True + True), int("ff", B()), int(x="12", base=10) if False else 0)
# large numbers in every power-of-two base and base 10
n = 3**300
for base, f in [(2, bin), (8, oct), (16, hex)]:
    s = f(n)
    print(base, int(s, 0) == n, int(s[2:], base) == n, int("-" + s, 0) == -n)
print(int(str(n)) == n, int(str(-n)) == -n, int(str(n), 10) == n)
s36 = ""
m = n
while m:
    m, r = divmod(m, 36)
    s36 = digits[r] + s36
print(int(s36, 36) == n, len(s36))
# unicode digits and whitespace
print(int("\u0661\u0662\u0663"), int("\uff11\uff12"), int("\u00a012\u2003"), int("\u0966\u0967", 10))
print(int("  12  "), int("\n12\r\n"), int("\x0c12\x0b"))
