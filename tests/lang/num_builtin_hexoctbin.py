# hex(), oct(), bin() on small, negative and huge ints, bools, __index__
# objects, int subclasses; format() equivalents; errors for non-ints.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, -1, 7, -8, 255, -256, 2**31, 2**62 - 1, -(2**62), 2**63, -(2**63), 2**64 - 1, 3**50, -(3**50), True, False]:
    print(repr(v), hex(v), oct(v), bin(v), format(v, "#x"), format(v, "#o"), format(v, "#b"), "%#x %#o" % (v, v))
    assert int(hex(v), 16) == v and int(oct(v), 8) == v and int(bin(v), 2) == v
big = 7**500
print(len(hex(big)), hex(big)[:20], hex(-big)[-10:], len(bin(big)), oct(big)[-12:])
class I:
    def __index__(self):
        return 2**70 + 1
class MyInt(int):
    def __index__(self):
        return 0
print(hex(I()), oct(I()), bin(I()), hex(MyInt(255)), bin(MyInt(5)), "%x" % MyInt(255), format(MyInt(255), "x"))
class Hexy:
    def __hex__(self):
        return "0x99"
show("hex(Hexy())", lambda: hex(Hexy()))
show("hex(1.5)", lambda: hex(1.5))
show("oct('7')", lambda: oct("7"))
show("bin(None)", lambda: bin(None))
show("bin(1j)", lambda: bin(1j))
show("hex()", lambda: hex())
show("hex(1, 2)", lambda: hex(1, 2))
print(hex(-0), oct(-0), bin(-0), (255).__format__("x"), (255).__format__("X"), (-255).__format__("#X"), (8).__format__("#o"))
print("%x %X %o %#X %#o" % (255, 255, 8, 255, 8), "%x" % -255, "%#x" % 0, "%#o" % 0, "%o" % -8, "%5x|%-5o|%05x" % (10, 10, 10))
show("'%x' % 1.5", lambda: "%x" % 1.5)
show("'%o' % 'a'", lambda: "%o" % "a")
show("'%x' % I()", lambda: "%x" % I())
