# translate with a 256-byte table and/or a delete set; bytes.maketrans
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(type(rot13).__name__, len(rot13), rot13[:70])
for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"Hello, World!")
    print(s.translate(rot13), s.translate(rot13).translate(rot13), s.translate(None), s.translate(None, b"lo"))
    print(s.translate(rot13, b"l"), s.translate(rot13, delete=b"HW"), s.translate(None, bytearray(b", !")))
    print(s.translate(bytes(range(256))), s.translate(bytes(range(255, -1, -1))), type(s.translate(None)).__name__)
    print(B.maketrans(b"abc", b"xyz")[97:100], B.maketrans(b"", b"") == bytes(range(256)), type(B.maketrans(b"", b"")).__name__)
    print(B.maketrans(bytearray(b"a"), memoryview(b"b"))[97], s.translate(B.maketrans(b"lo", b"01")))
    t(lambda: s.translate(b"short"))
    t(lambda: s.translate("x" * 256))
    t(lambda: s.translate(None, "l"))
    t(lambda: s.translate(None, 108))
    t(lambda: s.translate())
    t(lambda: s.translate(table=None))
    t(lambda: B.maketrans(b"ab", b"c"))
    t(lambda: B.maketrans("a", "b"))
    t(lambda: B.maketrans(b"a"))
b = b"keep"
print(b.translate(None) is b, b.translate(None, b"z") is b, b.translate(bytes(range(256))) is b)
upper = bytes.maketrans(bytes(range(97, 123)), bytes(range(65, 91)))
print(b"mixed Case 123".translate(upper), b"strip digits 0123456789".translate(None, b"0123456789"))
