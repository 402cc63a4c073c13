# memoryview.cast between byte formats and native formats
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = bytes([1, 0, 0, 0, 255, 255, 255, 255, 0, 0, 128, 63, 0, 0, 0, 64])
m = memoryview(raw)
for fmt in ("B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "@B", "@i"):
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.tolist())
print(m.cast("b").cast("B").tolist() == list(raw), m.cast("i").cast("B").tobytes() == raw, m.cast("c")[4])
ba = bytearray(8)
w = memoryview(ba).cast("i")
w[0] = 1
w[1] = -2
print(ba, w.tolist())
h = memoryview(ba).cast("H")
h[3] = 65535
print(ba, h.tolist())
q = memoryview(ba).cast("q")
q[0] = -1
print(ba, q.tolist(), memoryview(ba).cast("Q").tolist())
d = memoryview(ba).cast("d")
d[0] = 1.5
print(ba, d.tolist(), memoryview(ba).cast("f").tolist())
fl = memoryview(bytearray(4)).cast("f")
fl[0] = 3
print(fl.tolist())
bo = memoryview(bytearray(3)).cast("?")
bo[0] = 5
bo[1] = []
bo[2] = "x"
print(bo.tolist(), bo.obj)
t(lambda: m.cast("x"))
t(lambda: m.cast("hh"))
t(lambda: m.cast("<i"))
t(lambda: m.cast("=i"))
t(lambda: m.cast(""))
t(lambda: m.cast(b"B"))
t(lambda: m.cast())
t(lambda: m.cast("i").cast("h"))
t(lambda: m[:3].cast("h"))
t(lambda: m[::2].cast("B"))
t(lambda: memoryview(bytearray(4)).cast("h").__setitem__(0, 40000))
t(lambda: memoryview(bytearray(4)).cast("b").__setitem__(0, 128))
t(lambda: memoryview(bytearray(4)).cast("B").__setitem__(0, -1))
t(lambda: memoryview(bytearray(4)).cast("I").__setitem__(0, -1))
t(lambda: memoryview(bytearray(4)).cast("I").__setitem__(0, 2 ** 32))
t(lambda: memoryview(bytearray(8)).cast("Q").__setitem__(0, 2 ** 64))
t(lambda: memoryview(bytearray(8)).cast("q").__setitem__(0, -2 ** 63 - 1))
t(lambda: memoryview(bytearray(4)).cast("h").__setitem__(0, "1"))
t(lambda: memoryview(bytearray(4)).cast("f").__setitem__(0, "1.0"))
t(lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, 1))
