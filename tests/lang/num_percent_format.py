# printf-style % formatting of numbers: d i u x X o c e E f F g G r s a %,
# flags (- + space # 0), width and precision (also *), big ints, floats
# given to integer codes, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

nums = [0, 1, -1, 42, -42, 255, 2**64, -(2**70), True, 3.75, -0.5, 1e20, 1.5e-7, float("inf"), float("nan")]
for code in "diuxXoeEfFgGrsa":
    for flags in ["", "-", "+", " ", "#", "0", "-8", "08", "+08", "#8", ".3", "10.2", "-+10.1", "#.0", "0.4"]:
        spec = "%" + flags + code
        out = []
        for v in nums:
            try:
                out.append(spec % v)
            except (TypeError, ValueError, OverflowError) as e:
                out.append("!" + type(e).__name__)
        print(repr(spec), "|".join(out))
print("%c%c%c" % (72, "i", 0x1f600), "%5c|%-5c|" % (65, "B"), "%%|%d%%|" % 5)
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828))
print("%(a)d %(b).2f %(a)x %(c)s" % {"a": 255, "b": 2.5, "c": 1j})
print("%d %i %u" % (3.99, -3.99, 2.5), "%x" % True, "%o" % -8, "%#o" % 8, "%#x" % -255, "%#X" % 255)
print("%.50f" % 0.1, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, "%.3e" % 123456, "%g" % 100000, "%g" % 1000000, "%.20g" % 0.1)
print("%d" % 10**50, "%x" % 2**100, "%e" % 10**50, "%f" % 2**70, "%.2f" % 10**30, "%s" % 2**100)
show("%d str", lambda: "%d" % "1")
show("%x float", lambda: "%x" % 1.0)
show("%o float", lambda: "%o" % 1.5)
show("%c float", lambda: "%c" % 1.5)
show("%c big", lambda: "%c" % 2**30)
show("%c neg", lambda: "%c" % -5)
show("%c empty", lambda: "%c" % "")
show("%f str", lambda: "%f" % "1.5")
show("%f huge", lambda: "%f" % 10**400)
show("%e None", lambda: "%e" % None)
show("%d None", lambda: "%d" % None)
show("%z", lambda: "%z" % 1)
show("%", lambda: "abc %" % 1)
show("% d extra", lambda: "%d" % (1, 2))
show("missing", lambda: "%d %d" % (1,))
show("*", lambda: "%*d" % (1.5, 2))
show(".*", lambda: "%.*f" % ("x", 2.0))
show("huge width", lambda: "%99999999999999999999d" % 1)
show("dict key missing", lambda: "%(x)d" % {"y": 1})
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 7
show("%x I", lambda: "%x" % I())
show("%d I", lambda: "%d" % I())
show("%f F", lambda: "%f" % F())
show("%d F", lambda: "%d" % F())
show("%d N", lambda: "%d" % N())
show("%x N", lambda: "%x" % N())
show("%e I", lambda: "%e" % I())
print(b"%d %x %5.2f %c %s" % (42, 255, 3.14159, 65, b"x"), b"%i|%o|%X|%e" % (7, 8, 255, 1.5))
