# startswith / endswith (with ranges and tuples), removeprefix / removesuffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    s = B(b"hello world")
    print("--", B.__name__)
    print(s.startswith(b"hello"), s.startswith(b"world", 6), s.startswith(b"lo", 3, 5), s.startswith(b"lo", 3, 4))
    print(s.endswith(b"world"), s.endswith(b"hello", 0, 5), s.endswith(b"o", 0, -6), s.endswith(b"d", -1, 100))
    print(s.startswith((b"x", b"he")), s.endswith((b"x", bytearray(b"ld"))), s.startswith(()), s.endswith((b"",)))
    print(s.startswith(b""), s.startswith(b"", 11), s.startswith(b"", 12), s.endswith(b"", 11), s.endswith(b"", 12),
          s.startswith(b"", 5, 2), s.endswith(b"", 5, 2))
    print(s.startswith(memoryview(b"hel")), s.endswith(bytearray(b"")), s.startswith(b"h", -100), s.endswith(b"d", None, None))
    t(lambda: s.startswith("hello"))
    t(lambda: s.startswith([b"h"]))
    t(lambda: s.endswith(104))
    t(lambda: s.startswith((b"h", "e")))
    t(lambda: s.startswith((b"q", 1)))
    t(lambda: s.endswith(b"d", "x"))
    t(lambda: s.startswith())
    t(lambda: s.endswith(b"a", 1, 2, 3))
    t(lambda: s.startswith(prefix=b"h"))
    r = s.removeprefix(b"hello ")
    print(repr(r), type(r).__name__, repr(s.removeprefix(b"xyz")), repr(s.removeprefix(b"")), repr(s.removesuffix(b" world")),
          repr(s.removesuffix(b"")), repr(s.removesuffix(b"hello world")), repr(s.removeprefix(bytearray(b"he"))),
          repr(s.removesuffix(memoryview(b"ld"))))
    t(lambda: s.removeprefix("h"))
    t(lambda: s.removesuffix(None))
    t(lambda: s.removeprefix())
    t(lambda: s.removeprefix(b"a", b"b"))
b = b"same"
print(b.removeprefix(b"x") is b, b.removesuffix(b"") is b, b.removeprefix(b"s") is b)
a = bytearray(b"same")
print(a.removeprefix(b"x") is a, a.removeprefix(b"x") == a)
