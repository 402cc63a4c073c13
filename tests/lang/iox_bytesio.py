# _io.BytesIO: reading, writing past the end, seeking, truncation,
# getbuffer exports, pickling state, closed behaviour and argument errors.
import _io

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

b = _io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.read1(2), b.readline(), b.tell())
print(b.readline(2), b.readline(-1), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(7), b.readlines(None), b.readlines(0))
b.seek(0)
print(b.read(None), b.read(), b.read(0))
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(3, 1))
err(b.seek, -1)
err(b.seek, 0, 3)
err(b.seek, 0, -1)
err(b.seek, "x")
err(b.seek, 1.5)
err(b.read, "x")
err(b.read, 1.0)
err(b.readline, "x")
err(b.readlines, "x")
err(b.read, 1, 2)
err(b.write, "str")
err(b.write, 5)
err(b.truncate, -1)
err(b.truncate, "x")

# writing
w = _io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")), w.getvalue())
w.seek(10)
print(w.write(b"Z"), w.getvalue(), w.tell())
w.seek(2)
print(w.write(b"XY"), w.getvalue(), w.tell())
print(w.truncate(5), w.getvalue(), w.tell())
print(w.truncate(), w.getvalue(), w.tell())
w.seek(100)
print(w.truncate(), w.getvalue(), w.tell())
w.writelines([b"1", b"2", bytearray(b"3")])
print(w.getvalue())
err(w.writelines, [b"ok", "bad"])
print(w.getvalue())
print(w.write(b""), w.readable(), w.writable(), w.seekable(), w.isatty(), w.flush())

# readinto
r = _io.BytesIO(b"abcdefgh")
ba = bytearray(3)
print(r.readinto(ba), ba, r.readinto(memoryview(ba)[:2]), ba)
big = bytearray(10)
print(r.readinto(big), big, r.readinto(big))
err(r.readinto, b"xx")
err(r.readinto, memoryview(b"xx"))

# getbuffer
g = _io.BytesIO(b"abc")
m = g.getbuffer()
print(bytes(m), len(m))
m[0] = ord("X")
print(g.getvalue())
err(g.write, b"q")
err(g.truncate, 1)
err(g.close)
err(g.__setstate__, (b"x", 0, None))
print(g.seek(1), g.read(), g.getvalue())
m.release()
print(g.write(b"qq"), g.getvalue())
with g.getbuffer() as m2:
    print(bytes(m2))
print(g.write(b"!"), g.getvalue())

# state
s = _io.BytesIO(b"data")
s.read(2)
print(s.__getstate__())
s.attr = 1
print(s.__getstate__())
t = _io.BytesIO()
t.__setstate__((b"new", 1, {"k": 2}))
print(t.getvalue(), t.tell(), t.k, t.read())
err(t.__setstate__, (b"x", 0))
err(t.__setstate__, [b"x", 0, None])
err(t.__setstate__, ("x", 0, None))
err(t.__setstate__, (b"x", "0", None))
err(t.__setstate__, (b"x", -1, None))
err(t.__setstate__, (b"x", 0, 5))
print(t.getvalue())

# closed
c = _io.BytesIO(b"xy")
print(c.closed)
c.close()
print(c.closed)
c.close()
for name in ["read", "readline", "readlines", "getvalue", "getbuffer", "tell", "readable",
             "writable", "seekable", "isatty", "flush", "truncate", "__getstate__"]:
    err(getattr(c, name))
err(c.write, b"x")
err(c.seek, 0)
err(c.readinto, bytearray(2))
print(iter(c) is c)
err(next, c)

# iteration and subclasses
print(list(_io.BytesIO(b"a\nb\n\nc")))
class Sub(_io.BytesIO):
    def readline(self, *a):
        return b"L" if self.tell() < 1 and self.read(1) else b""
print(list(Sub(b"x")))
class Sub2(_io.BytesIO):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = True
s2 = Sub2(b"ab")
print(s2.getvalue(), s2.extra, isinstance(s2, _io._BufferedIOBase), type(s2).__mro__[1].__name__)
print(_io.BytesIO(initial_bytes=b"kw").read(), _io.BytesIO(None).getvalue())
err(_io.BytesIO, "str")
err(_io.BytesIO, b"", 1)
err(lambda: _io.BytesIO(foo=1))
x = _io.BytesIO(b"abc")
x.__init__(b"zz")
print(x.getvalue(), x.tell())
f = _io.BytesIO(b"ctx")
print(f.read(), f.closed, f.close(), f.closed)
err(f.__init__, b"again")
print(f.closed, f.getvalue())
