# `in` for bytes and bytearray: ints, bytes-like needles, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 98
for B in (bytes, bytearray):
    h = B(b"abc\x00\xff")
    print("--", B.__name__)
    print(97 in h, 100 in h, 0 in h, 255 in h, Idx() in h, True in h, False in h)
    print(b"bc" in h, b"" in h, b"cb" in h, bytearray(b"c\x00") in h, memoryview(b"\xff") in h, b"abc\x00\xff!" in h)
    print(b"" in B(b""), 0 in B(b""), b"a" in B(b""), [x in h for x in range(95, 100)])
    print(h.__contains__(97), h.__contains__(b"zz"))
    t(lambda: 256 in h)
    t(lambda: -1 in h)
    t(lambda: 2 ** 100 in h)
    t(lambda: "a" in h)
    t(lambda: None in h)
    t(lambda: [97] in h)
    t(lambda: 1.0 in h)
print(sum(1 for c in b"hello world" if c in b"lo"), [c for c in range(256) if c in b"\x01\x80"])
