# bytes % formatting (PEP 461): every conversion, flags, width, precision, *
print(b"%s and %b" % (b"bytes", bytearray(b"bytearray")))
print(b"%s" % memoryview(b"view"), b"%5s|%-5s|%.2s|%5.1s|" % (b"ab", b"cd", b"efgh", b"ijk"))
print(b"%d %i %u" % (42, -7, 3), b"%5d|%-5d|%05d|%+d|% d|%+05d" % (1, 2, 3, 4, 5, -6))
print(b"%x %X %#x %#X %o %#o %08x %#010x" % (255, 255, 255, 255, 8, 8, 48879, 48879))
print(b"%d %x" % (2 ** 70, -(2 ** 70)), b"%d" % True, b"%d" % 3.99, b"%i" % -2.5)
print(b"%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 2.5, 1.0, 7.25, 12345.678, 0.000123, 1e20, 1e-20))
print(b"%f %e %g" % (float("inf"), float("-inf"), float("nan")), b"%.0f %#.0f %+.1f" % (2.5, 2.0, 0.05))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")), b"[%3c|%-3c]" % (65, 66))
print(b"%r %a" % ("é", b"x\n"), b"%r" % [1, "two", 3.0], b"%a" % "\U0001f600", b"%.4r" % "abcdef")
print(b"%%" % (), b"100%%" % (), b"%s%%" % b"50", b"%5%|" % ())
print(b"%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30}, b"%(x)s %(x)r" % {b"x": b"same"})
print(bytearray(b"%s-%d") % (b"ba", 1), type(bytearray(b"%s") % b"x").__name__, type(b"%s" % bytearray(b"x")).__name__)
class WithBytes:
    def __bytes__(self):
        return b"<WB>"
class WithIndex:
    def __index__(self):
        return 65
class WithFloat:
    def __float__(self):
        return 1.5
print(b"%s %b" % (WithBytes(), WithBytes()), b"%c %d %x" % (WithIndex(), WithIndex(), WithIndex()), b"%.1f" % WithFloat())
print(b"no args" % (), b"no args" % {}, b"no args" % [], b"%s" % (b"single",))
rows = [(b"alpha", 1, 0.5), (b"beta", 22, 12.25), (b"gamma", 333, 100.0)]
for name, n, x in rows:
    print(b"%-8s|%4d|%8.2f|%#06x" % (name, n, x, n))
