# format() / f-string specs for ints, floats and bools, and their errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

specs = ["", "10", "<10", "^10", ">10", "=10", "*^11", "+", " ", "-", "010", "+010", "#x", "#o", "#b", "#X",
         "_", ",", "_x", "_b", "08_b", "#010x", "x<8", "e", ".3e", "E", ".0e", "#.0e", "f", ".0f", "#.0f",
         ".10f", "g", ".3g", "#g", ".0g", "G", "n", "%", ".1%", ",.2f", "_.3f", "015,.3f", "z.1f", "+z.1f",
         ".2", ".0", "#.3", ">+12.4e", "c"]
nums = [0, 1, -1, 42, -42, 255, 123456789, -9876543210, 2**64, True, False,
        0.0, -0.0, 1.5, -2.5, 3.14159265, 1e20, 1.5e-7, -1234567.891, 0.000123, 1e300, float("inf"), float("nan"), -0.04]
for s in specs:
    for n in nums:
        try:
            r = format(n, s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(s), repr(n), repr(r))
for bad in ["=<10", "10.", ".x", "xx", ",_", "__", "+c", "#c", ".2d", ",c", "_n", "z", "zd", "10.2x", "\n^5"]:
    show("int " + repr(bad), lambda: format(12, bad))
    show("float " + repr(bad), lambda: format(1.5, bad))
show("big width", lambda: format(1, "9999999999999999999"))
show("big prec", lambda: format(1.5, ".9999999999999999999"))
x, w, p = 3.14159, 12, 3
print(f"{x:{w}.{p}f}|{x:<{w}}|{-x:+.2e}|{42:#06x}|{True:>5}|{True:d}|{False!r:^9}|{1e6:,}|{2**70:_}")
print(f"{12345.6789:=+15,.2f}|{-1:=5}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{0.125:.2f}|{0.375:.2f}|{1e16:.1f}")
print(f"{123.456:.2%}|{1/3:.15g}|{2/3:.17g}|{1e-5:g}|{1e-4:g}|{123456789.0:g}|{1e15:.16g}|{1e16:g}")
print(f"{'é':*^7}|{1.0:é^9}|{5:€>6}|{-5:0=+8}")
print(format(1.0, ".2"), format(100.0, ".3"), format(-1.0, ".5"), format(1e22), format(1e22, ""), str(1e22), format(12.0, "n"), format(1234567, "n"), format(-0.0, ".1f"))
print(format(5, "x"), (255).__format__("08b"), (1.25).__format__(".1f"), True.__format__(""), format(True, "^6"))
print("%d %5.2f %e %g %x %o %r %s %c %+d % d %05d %-5d|" % (42, 3.14159, 1e10, 1e-10, 255, 8, 1.5, 2.5, 65, 3, 3, -3, 7))
print("%.3s %i %u %X %#x %#o %G %E %%" % ("abcdef", 7.9, 8, 255, 255, 8, 1e-20, 12345.678))
show("%d str", lambda: "%d" % "x")
show("%x float", lambda: "%x" % 1.5)
show("%c big", lambda: "%c" % 2**30)
show("%f str", lambda: "%f" % "a")
