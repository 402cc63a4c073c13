# float.fromhex: every accepted form, rounding of long mantissas, overflow,
# underflow to subnormals and zero, and the errors; float.hex output.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["0x1p0", "0X1P0", "1p0", "0x1", "1", "0x.8", "0x1.", "-0x1p-1", "+0x1.8p+1", "  0x1p3  ", "0xAbCdEf",
          "0x1.fffffffffffffp1023", "0x1p-1022", "0x1p-1074", "0x0.0000000000001p-1022", "0x1p-1075",
          "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076", "0x0p0", "-0x0p0", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000080000001p0", "0x1.fffffffffffff8p0", "inf", "-Infinity",
          "nan", "0x1p+0", "0x10p-4", "0x.1p4", "0x123456789abcdef0123p0", "0x" + "0" * 100 + "1p0",
          "0x1p-2000", "0x1" + "0" * 100 + "p-400", "0x1p1023", "\t0x2p1\n"]:
    show(s, lambda: float.fromhex(s))
for s in ["", "0x", "0xp1", "0x1p", "0x1p+", "0xg", "0x1.2.3", "0x1 p1", "1e3", "0x1p1.5", "--0x1", "0x_1",
          "0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "-0x1p1024", "infx", "x", "0x1p99999999999999999999"]:
    show(s, lambda: float.fromhex(s))
for v in [1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, 1e-300, 5e-324, 2.0**-1022, 1.7976931348623157e308, 0.0, -0.0, 255.0,
          1 / 3, 2.0**-1023]:
    print(repr(v), v.hex(), float.hex(v))
