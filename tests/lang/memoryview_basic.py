# memoryview (basic): views of bytes and bytearray
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.obj, m.ndim, m.shape)
s = m[1:5]
print(type(s).__name__, s.tobytes(), len(s), s[0], s[::2].tobytes(), m[::-1].tobytes(), s[::-2].tolist(), s.nbytes)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m[1:3] == b"bc", m != b"x", m == "abcdef", b"abcdef" == m)
print(bytes(m[2:]), list(m[:3]), m.hex(), hash(m) == hash(b"abcdef"), s.strides, m[::2].strides)
err(lambda: m[6])
err(lambda: m["a"])
err(lambda: m.__setitem__(0, 1))
err(lambda: memoryview("str"))
err(lambda: memoryview(5))
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = ord("J")
w[1:3] = b"EL"
print(ba, w.tobytes())
w[::2] = b"xyz"
print(ba)
err(lambda: w.__setitem__(0, 256))
err(lambda: w.__setitem__(slice(0, 2), b"abc"))
err(lambda: w.__delitem__(0))
err(lambda: hash(w))
w.release()
print(w.released if hasattr(w, "released") else None)
err(lambda: w[0])
err(lambda: len(w))
err(lambda: w.tobytes())
err(lambda: w.obj)
print(w == w, w == b"")
with memoryview(b"ctx") as v:
    print(v.tobytes(), v[1])
err(lambda: v.tolist())
v2 = memoryview(memoryview(b"nested")[1:])
print(v2.tobytes(), v2.obj)
print(bytearray(b"-").join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"q")), b"q" in bytearray(memoryview(b"aqa")))
print(memoryview(b"").tobytes(), memoryview(b"")[:].tolist(), len(memoryview(b"xyz")[5:]))
