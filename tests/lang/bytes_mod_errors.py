# bytes % formatting errors: CPython's messages for each
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b"%s" % "str")
t(lambda: b"%b" % 1)
t(lambda: b"%s" % [b"x"])
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%d" % "x")
t(lambda: b"%d" % b"1")
t(lambda: b"%x" % 1.5)
t(lambda: b"%o" % "8")
t(lambda: b"%f" % "x")
t(lambda: b"%e" % b"1")
t(lambda: b"%f" % 2 ** 2000)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % -1)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%c" % 1.0)
t(lambda: b"%y" % 1)
t(lambda: b"abc %" % ())
t(lambda: b"%(key" % {b"key": 1})
t(lambda: b"%(key)s" % (b"x",))
t(lambda: b"%(key)s" % {"key": b"str key"})
t(lambda: b"%(a)s %s" % {b"a": b"1"})
t(lambda: b"%*d" % ("5", 1))
t(lambda: b"%.*f" % (1.5, 1.0))
t(lambda: b"%*d" % (5,))
t(lambda: b"abc" % 5)
t(lambda: b"abc" % b"x")
t(lambda: b"abc" % bytearray(b"x"))
t(lambda: b"abc" % "x")
t(lambda: bytearray(b"%d") % "x")
t(lambda: 5 % b"x")
t(lambda: b"%s" % None)
t(lambda: b"%z" % 1)
t(lambda: b"%\xff" % 1)
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Raises:
    def __bytes__(self):
        raise ValueError("from __bytes__")
t(lambda: b"%s" % BadBytes())
t(lambda: b"%s" % Raises())
t(lambda: b"%999999999999999d" % 1)
t(lambda: b"%(a)*d" % {b"a": 1})
t(lambda: b"%(a)s %(b)d" % {b"a": b"x", b"b": 2})
for c in [b"\x00", b"\x1f", b"\x7f", b"~", b"\x80"]:
    t(lambda: (b"%" + c) % 1)
