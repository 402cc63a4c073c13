# repr() of bytes and bytearray: quote choice, escapes of every byte, subclasses
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"back\\slash", b"\t\n\r",
           b"\x00\x01\x07\x08\x0b\x0c\x1b\x1f", b"\x7f\x80\x9f\xa0\xfe\xff", b"'", b'"', b"'\"'",
           b"\\x41", b"caf\xc3\xa9"]
for s in samples:
    print(repr(s), repr(bytearray(s)), str(s) == repr(s), len(repr(s)))
# every byte value once, in both types
print(repr(bytes(range(32))))
print(repr(bytes(range(32, 128))))
print(repr(bytes(range(128, 256))))
print(repr(bytearray(range(0, 256, 17))))

class B(bytes):
    pass
class BA(bytearray):
    pass
class BR(bytes):
    def __repr__(self):
        return "BR!"
print(repr(B(b"sub")), repr(BA(b"sub'q")), repr(BR(b"x")), str(B(b"s")), str(BA()))
print([b"a", bytearray(b"b")], (b"'",), {b"k": bytearray(b'"')})
print(ascii(b"\xff'"), ascii(bytearray(b"\x80")), f"{b'x'!r} {b'y'!s} {b'z'!a}", "%r|%s" % (b"a", bytearray(b"b")))
print(format(b"fmt"), "{}".format(bytearray(b"q")), "{!r:>12}|".format(b"ab"))
try:
    format(b"x", "10")
except TypeError as e:
    print(type(e).__name__, e)
