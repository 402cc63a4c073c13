# multi-dimensional views made by cast(format, shape): tolist, tobytes, item access
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytearray(range(24))
m = memoryview(data)
g = m.cast("B", shape=[4, 6])
print(g.shape, g.strides, g.ndim, len(g), g.nbytes, g.tolist())
g3 = m.cast("B", shape=(2, 3, 4))
print(g3.shape, g3.strides, g3.tolist(), g3[1, 2, 3], g3[0, 0, 0], g3[-1, -1, -1])
gh = m.cast("h", shape=[3, 4])
print(gh.shape, gh.strides, gh.tolist()[1], gh[2, 3])
g[1, 2] = 200
gh[0, 0] = -1
print(data[:10], g.tolist()[1])
flat = g.cast("B")
print(flat.shape, flat.tolist()[:10], g.tobytes() == bytes(data), g[1:3].tolist(), g[::-2].tolist())
print(g3[1:].shape, g3[1:].tolist(), g3[::2].tobytes(), g[::2].tobytes(), g[::-1].tobytes()[:6])
zero = m[:4].cast("i", shape=[])
print(zero.shape, zero.ndim, zero.tolist(), zero[()], len(zero), zero.nbytes)
zero[()] = 7
print(data[:4], zero.tolist())
t(lambda: m.cast("B", shape=[5, 5]))
t(lambda: m.cast("B", shape=[0, 24]))
t(lambda: m.cast("B", shape=5))
t(lambda: m.cast("B", shape=["a"]))
t(lambda: m.cast("B", shape=[-24]))
t(lambda: g.cast("B", shape=[6, 4]))
t(lambda: g[1])
t(lambda: g[1, 2, 3])
t(lambda: g[1:2, 0:1])
t(lambda: g.__setitem__(slice(0, 1), b"x"))
t(lambda: list(g))
t(lambda: g.cast("h").tolist())
t(lambda: zero[0])
t(lambda: zero.__setitem__(0, 1))
print(g == m.cast("B", shape=[4, 6]), g == m, g.cast("B") == m, g3 == g3.tobytes())
