# memoryview attributes for views of bytes, bytearray, slices and casts
def show(label, m):
    print(label, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly,
          m.c_contiguous, m.f_contiguous, m.contiguous, len(m) if m.ndim else "-")

b = b"abcdefgh"
ba = bytearray(b)
show("bytes", memoryview(b))
show("bytearray", memoryview(ba))
show("slice", memoryview(b)[2:6])
show("step2", memoryview(b)[::2])
show("step-1", memoryview(b)[::-1])
show("empty", memoryview(b)[5:2])
show("empty bytes", memoryview(b""))
show("cast h", memoryview(b).cast("h"))
show("cast @i", memoryview(ba).cast("@i"))
show("cast q", memoryview(b).cast("q"))
show("2d", memoryview(b).cast("B", shape=[2, 4]))
show("2d h", memoryview(b).cast("h", shape=(2, 2)))
show("3d", memoryview(b).cast("B", [2, 2, 2]))
show("0d", memoryview(b"\x05").cast("B", shape=[]))
show("readonly", memoryview(ba).toreadonly())
show("nested", memoryview(memoryview(b)[1:]))
m = memoryview(b)
print(m.obj is b, memoryview(ba).obj is ba, m[1:].obj is b, memoryview(m).obj is b, m.cast("c").obj is b)
print(type(m).__name__, isinstance(m, memoryview), repr(m).startswith("<memory at 0x"), memoryview(b"x") is not m)
m.release()
print(repr(m).startswith("<released memory at 0x"))
for attr in ("format", "itemsize", "nbytes", "ndim", "shape", "strides", "readonly", "obj", "c_contiguous", "suboffsets"):
    try:
        getattr(m, attr)
    except ValueError as e:
        print(attr, type(e).__name__, e)
