# memoryview equality (item by item, across formats) and hashing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = memoryview(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), bytearray(b"abc") == a, a == memoryview(b"abc"), a != b"abd")
print(a == b"ab", a == "abc", a == [97, 98, 99], a == 97, a != None, a == a, a[::2] == b"ac", a[::-1] == b"cba")
h1 = memoryview(b"\x01\x00\x02\x00").cast("h")
print(h1 == memoryview(b"\x01\x00\x02\x00").cast("H"), h1 == memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i"))
print(h1 == b"\x01\x00\x02\x00", memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\x01").cast("b") == memoryview(b"\x01"))
f = memoryview(bytearray(8)).cast("f")
print(f == memoryview(bytearray(8)).cast("f"), f == memoryview(bytearray(4)).cast("i"))
g = memoryview(bytes(6)).cast("B", shape=[2, 3])
print(g == memoryview(bytes(6)).cast("B", shape=[2, 3]), g == memoryview(bytes(6)).cast("B", shape=[3, 2]), g == bytes(6))
r = memoryview(b"gone")
r.release()
print(r == r, r == b"gone", r != memoryview(b"gone"), memoryview(b"gone") == r)
t(lambda: a < b"abd")
t(lambda: a <= a)
t(lambda: b"a" > memoryview(b"b"))
print(hash(a) == hash(b"abc"), hash(memoryview(b"abc")[::2]) == hash(b"ac"), hash(memoryview(b"xy").cast("c")) == hash(b"xy"))
print(hash(memoryview(b"\x80").cast("b")) == hash(b"\x80"), {memoryview(b"k"): 1}[b"k"] if False else "skip")
t(lambda: hash(memoryview(bytearray(b"w"))))
t(lambda: hash(memoryview(b"\x00\x00").cast("h")))
t(lambda: hash(r))
d = {b"key": "found"}
print(d[memoryview(b"key").tobytes()], d.get(bytes(memoryview(b"xkey")[1:])))
