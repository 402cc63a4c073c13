# tolist, tobytes, hex and conversions of views, strided and cast ones included
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytes(range(0, 200, 7)))
print(m.tolist())
print(m.tobytes(), m.tobytes("C"), m.tobytes(order="F") == m.tobytes(), m.tobytes(None) == m.tobytes("A"))
print(m.hex(), m[::3].hex(), m.hex(":"), m.hex("-", 4), m.hex(" ", -5), m[2:5].hex(b"|"))
print(m[::-4].tolist(), m[::-4].tobytes(), bytes(m[::-4]), bytearray(m[1::9]), list(m[:3]))
c = m[:16].cast("I")
print(c.tolist(), c.hex(), c.hex(":", 4), c.tobytes() == m[:16].tobytes())
print(memoryview(b"").tolist(), memoryview(b"").hex(), memoryview(b"").tobytes())
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"\x00\x01").cast("?").tolist(), memoryview(b"\xfe").cast("b").tolist())
t(lambda: m.tobytes("X"))
t(lambda: m.tobytes(1))
t(lambda: m.tolist(1))
t(lambda: m.hex("::"))
t(lambda: m.hex(":", "x"))
t(lambda: m.hex(5))
print(str(memoryview(b"x"))[:12], len(m), sum(m), max(m[::2]), sorted(m[5:8], reverse=True))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(memoryview(b"\x01\x02")[::-1], "big"))
print(b"-".join([memoryview(b"a"), memoryview(b"xbx")[1:2]]), bytearray(b"q").join([m[:2]]))
