# find / rfind / index / rindex / count on bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for B in (bytes, bytearray):
    h = B(b"abracadabra")
    print("--", B.__name__)
    print(h.find(b"abra"), h.find(b"abra", 1), h.rfind(b"abra"), h.rfind(b"abra", 0, 10), h.find(b"zz"))
    print(h.find(97), h.rfind(97), h.find(Idx(100)), h.find(b""), h.rfind(b""), h.find(b"", 11), h.find(b"", 12))
    print(h.find(b"a", -3), h.find(b"a", -100, 100), h.find(b"a", None, None), h.find(b"c", 3, 5), h.find(b"c", 5, 3))
    print(h.find(bytearray(b"cad")), h.find(memoryview(b"dab")), h.rfind(memoryview(b"a")[:]), h.find(b"abracadabra!"))
    print(h.index(b"cad"), h.rindex(b"a"), h.index(98, 2), h.rindex(b"bra", 0, 5), h.index(b"", 4))
    print(h.count(b"a"), h.count(b"ab"), h.count(b"a", 1, -1), h.count(97), h.count(b""), h.count(b"", 5),
          h.count(b"", 20), h.count(b"zz"), h.count(b"aa"), B(b"aaaa").count(b"aa"), h.count(b"a", Idx(3)))
    t(lambda: h.index(b"zz"))
    t(lambda: h.rindex(122))
    t(lambda: h.index(b"a", 20))
    t(lambda: h.find())
    t(lambda: h.find(b"a", 1, 2, 3))
    t(lambda: h.find("a"))
    t(lambda: h.find(None))
    t(lambda: h.find(256))
    t(lambda: h.find(-1))
    t(lambda: h.find(2 ** 80))
    t(lambda: h.count([97]))
    t(lambda: h.find(b"a", "1"))
    t(lambda: h.find(b"a", 1.0))
    t(lambda: h.find(b"a", 0, 2 ** 80))
    t(lambda: h.find(b"a", -2 ** 80))
    t(lambda: h.find(sub=b"a"))
    t(lambda: h.count(b"a", start=1))
    t(lambda: h.rindex())
