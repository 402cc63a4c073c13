# memoryview indexing and slicing: views share the exporter's memory
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"0123456789")
print(m[0], m[-1], m[5], type(m[0]).__name__)
for s in (slice(2, 5), slice(None, 3), slice(7, None), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
          slice(8, 2, -2), slice(5, 2), slice(-3, None), slice(100, None), slice(-100, 2)):
    v = m[s]
    print(s, v.tobytes(), v.tolist(), len(v), v.strides, v.nbytes)
v = m[2:8][1:5][::2]
print(v.tobytes(), v.strides, v[0], v[-1], m[::2][::2].tobytes(), m[::-1][::3].tobytes(), m[::2][::-1].tobytes())
print(bytes(m[3:6]), list(m[7:]), bytearray(m[:2]))
t(lambda: m[10])
t(lambda: m[-11])
t(lambda: m["1"])
t(lambda: m[1.5])
t(lambda: m[1, 2])
t(lambda: m[(1,)])
t(lambda: m[None])
t(lambda: m[::0])
t(lambda: m[2 ** 80])
c = memoryview(b"\x01\x00\x02\x00\x03\x00\x04\x00").cast("h")
print(c[0], c[-1], c[1:3].tolist(), c[::2].tolist(), c[::-1].tolist(), c[1:3].nbytes, c[::2].strides)
t(lambda: c[4])
g = memoryview(bytes(range(12))).cast("B", shape=[3, 4])
print(g[0, 0], g[2, 3], g[1, -1], g[-1, 0], g[1:].tolist(), g[::2].tolist(), g[::-1].shape, g[1:].strides)
t(lambda: g[0])
t(lambda: g[3, 0])
t(lambda: g[0, 4])
t(lambda: g[0, 0, 0])
t(lambda: g[0, "a"])
z = memoryview(b"\x07").cast("B", shape=[])
print(z[()], z.tolist(), z[...] is z)
t(lambda: z[0])
t(lambda: len(z))
t(lambda: z[:])
t(lambda: m[...])
t(lambda: z[1:2, 3])
