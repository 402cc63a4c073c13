# bytes() and bytearray() construction: every accepted source and the errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"from dunder"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Idx:
    def __index__(self):
        return 3
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return 65 + i
        raise IndexError(i)
class Gen:
    def __iter__(self):
        yield 1
        yield 2
class MyInt(int):
    pass

for maker in (bytes, bytearray):
    print("--", maker.__name__)
    t(lambda: maker())
    t(lambda: maker(0))
    t(lambda: maker(4))
    t(lambda: maker(Idx()))
    t(lambda: maker(MyInt(2)))
    t(lambda: maker([0, 1, 127, 128, 255]))
    t(lambda: maker((72, 105)))
    t(lambda: maker(range(97, 102)))
    t(lambda: maker(iter([1, 2, 3])))
    t(lambda: maker(x * 2 for x in range(4)))
    t(lambda: maker(Seq()))
    t(lambda: maker(Gen()))
    t(lambda: maker(b"copy"))
    t(lambda: maker(bytearray(b"from ba")))
    t(lambda: maker(memoryview(b"from mv")))
    t(lambda: maker(memoryview(b"abcdef")[1:4]))
    t(lambda: maker("héllo", "utf-8"))
    t(lambda: maker("héllo", "latin-1"))
    t(lambda: maker("héllo", encoding="ascii", errors="replace"))
    t(lambda: maker(source="x", encoding="utf-16-le"))
    t(lambda: maker([True, False, MyInt(66)]))
    t(lambda: maker(WithBytes()))
    t(lambda: maker(BadBytes()))
    t(lambda: maker(-1))
    t(lambda: maker(2 ** 70))
    t(lambda: maker([256]))
    t(lambda: maker([-1]))
    t(lambda: maker([1, "a"]))
    t(lambda: maker([1.0]))
    t(lambda: maker("text"))
    t(lambda: maker("text", errors="strict"))
    t(lambda: maker(5, "utf-8"))
    t(lambda: maker(encoding="utf-8"))
    t(lambda: maker(errors="ignore"))
    t(lambda: maker("x", 5))
    t(lambda: maker("x", "utf-8", 5))
    t(lambda: maker("x", "no-such-codec"))
    t(lambda: maker(1.5))
    t(lambda: maker(None))
    t(lambda: maker(object()))
    t(lambda: maker({1: "a", 2: "b"}))
    t(lambda: maker(x=1))
    t(lambda: maker(1, 2, 3, 4))

print(bytes(3) == b"\x00" * 3, bytearray(2) == bytearray(b"\x00\x00"), len(bytes(100)))
print(bytes([x for x in range(256)]) == bytes(range(256)), bytes(range(256))[200])
