# float() from strings: signs, whitespace, exponents, underscores, inf/nan
# spellings, hex-like strings rejected, bytes input, and the error messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

good = ["0", "-0", "+0.0", "1", "1.", ".1", "1.5", "-1.5", "1e5", "1E5", "1e+5", "1e-5", "  1e5 ", "\t\n-2.5\r\n",
        "1_000", "1_000.000_1", "1e1_0", "0_1", "00012", "1.e3", ".5e-2", "inf", "INF", "-inf", "+Inf",
        "infinity", "-Infinity", "iNfInItY", "nan", "NaN", "-nan", "+NAN", "1e308", "1e309", "-1e309",
        "1e-320", "1e-400", "2.2250738585072011e-308", "0.1e-0", "123456789012345678901234567890",
        "0.00000000000000000000000000001", "1" * 400, "0." + "0" * 400 + "1", "\u00a01.5\u2003",
        "\u0661\u066b\u0665" if False else "\u0661.\u0665", "\uff11\uff12"]
for s in good:
    print(repr(s)[:40], repr(float(s)))
bad = ["", " ", "+", "-", ".", "e5", "1e", "1e+", "1.5.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5",
       "0x10", "0b1", "1j", "infi", "infinit", "nanx", "- 1", "1 1", "abc", "1,5", "--1", "+-1", "\x00",
       "1\x00", "inf inity", "naN1", "1e5.0", "١٢x"]
for s in bad:
    show("float(%r)" % s, lambda: float(s))
show("float(b'1.5')", lambda: float(b"1.5"))
show("float(b' -2e3 ')", lambda: float(b" -2e3 "))
show("float(bytearray(b'7.25'))", lambda: float(bytearray(b"7.25")))
show("float(memoryview(b'3'))", lambda: float(memoryview(b"3")))
show("float(b'x')", lambda: float(b"x"))
show("float(bytearray(b'y'))", lambda: float(bytearray(b"y")))
show("float(None)", lambda: float(None))
show("float([])", lambda: float([]))
show("float(1j)", lambda: float(1j))
show("float('1', '2')", lambda: float("1", "2"))
show("float(x='1')", lambda: float(x="1"))
show("float()", lambda: float())
show("float(10**400)", lambda: float(10**400))
show("float(-10**400)", lambda: float(-(10**400)))
show("float(2**1024 - 1)", lambda: float(2**1024 - 1))
show("float(2**1024 - 2**970)", lambda: float(2**1024 - 2**970))
show("float(2**1024 - 2**970 - 1)", lambda: float(2**1024 - 2**970 - 1))
show("long bad", lambda: float("x" * 300))
class S(str):
    pass
show("float(S('2.5'))", lambda: float(S("2.5")))
show("float(S('z'))", lambda: float(S("z")))
print(float(True), float(False), float(2**53 + 1), float(-(2**63)), float(10**20), float(3))
for s in ["\x1c1.5", "1.5\x1e", "\u2463_\u2463", "\u0661_\u0662.\u0663", "\u00a01e5\u2029", "\u2463.5"]:
    show("float(%a)" % s, lambda: float(s))
