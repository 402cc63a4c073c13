# printf-style % on str: every conversion with flags, widths and precision on non-ASCII text
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(ascii("%s|%5s|%-5s|%.2s|%5.1s|" % ("é", "日本", "😀", "ééé", "xyz")))
print(ascii("%r|%a|%10r|%-8a|" % ("é", "é", "ü", "ß")))
print("%c%c%c|%3c|%-3c|" % (233, "x", 0x1f600, "é", 65))
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+ d|% 05d" % (1, -2, 3, 4, 5, -6, 7, 8, 9, -10))
print("%x|%X|%#x|%#X|%o|%#o|%#5x|%-#8o|%08X" % (255, 255, 255, 255, 8, 8, 10, 10, 3054))
print("%.3d|%5.3d|%-6.2d|%+.2d|%.0d|%.0d" % (7, 7, 7, 7, 0, 1))
print("%e|%E|%.2e|%10.3e|%g|%G|%.3g|%#g|%#.3g|%g|%g" % (1234.5, 1234.5, 0.000123, -5.5, 1e16, 1e-16, 3.14159, 1.0, 2.0, 100000.0, 1000000.0))
print("%f|%.0f|%#.0f|%10.4f|%-10.2f|%+.1f|%010.3f|%F" % (2.5, 2.5, 2.5, 3.14159, 2.71828, 0.05, -1.5, float("inf")))
print("%s %s %s" % (float("nan"), float("-inf"), -0.0), "%f %e %g" % (-0.0, -0.0, -0.0), "%.1f" % 0.25, "%.1f" % 0.35)
print("%d %x %o" % (True, 2 ** 64, -(2 ** 40)), "%s" % 2 ** 100, "%d" % 3.99, "%d" % -3.99, "%i" % 1e3)
print("%%|%5%|%-5%|" % () if False else "%%|100%%" % ())
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 4
print("%x %o %c" % (I(), I(), I()), "%f" % F(), "%d" % N() if False else "skip-int", "%d" % I())
t(lambda: "%d" % "1")
t(lambda: "%x" % 1.5)
t(lambda: "%c" % "ab")
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%f" % "x")
t(lambda: "%d" % None)
t(lambda: "%s %s" % ("a",))
t(lambda: "%s" % ("a", "b"))
t(lambda: "%y" % 1)
t(lambda: "%é" % 1)
t(lambda: "abc %" % ())
t(lambda: "%.*f" % (1,))
t(lambda: "%5%" % ())
t(lambda: "%ld %hd %Ld" % (1, 2, 3))
for c in ["\x1f", "\x1e", "\x7f", "~", "😀", "\x00"]:
    t(lambda: ("%" + c) % 1)
