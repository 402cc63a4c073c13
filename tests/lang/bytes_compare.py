# comparisons and hashing across bytes, bytearray and memoryview
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [b"", b"a", b"ab", b"abc", b"b", b"\x00", b"\xff", b"A"]
for x in vals:
    print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) == (y > x, y >= x, y == x, y != x, y < x, y <= x)
                    for y in vals].count(True), sorted(vals).index(x))
print(sorted(vals))
print(sorted(bytearray(v) for v in vals) == sorted(vals))
a, ba, mv = b"abc", bytearray(b"abc"), memoryview(b"abc")
print(a == ba, ba == a, a == mv, mv == a, ba == mv, mv == ba, ba < b"abd", b"abd" > ba, ba >= a, a <= ba)
print(a != ba, ba != bytearray(b"abd"), a == "abc", ba == "abc", a == 97, ba == [97, 98, 99], a != None)
print(bytearray(b"b") > b"a", bytearray(b"a") < bytearray(b"ab"), max(b"b", bytearray(b"c"), b"a"))
t(lambda: a < "abc")
t(lambda: ba < "abc")
t(lambda: a < 1)
t(lambda: ba > None)
t(lambda: a < mv)
t(lambda: mv <= ba)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), hash(b"abc") == hash(memoryview(b"abc")))
print(len({b"a", b"a", b"b", bytes(b"a")}), {b"k": 1}[bytes([107])], b"x" in {b"x": 0})
t(lambda: hash(bytearray(b"x")))
t(lambda: {bytearray(b"x"): 1})
t(lambda: hash(memoryview(bytearray(b"x"))))
class B(bytes):
    pass
print(B(b"q") == b"q", hash(B(b"q")) == hash(b"q"), B(b"a") < b"b", {B(b"k"): 1}.get(b"k"))
