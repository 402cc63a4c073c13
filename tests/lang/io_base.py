import _io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b=_io._IOBase()
t(lambda: b.seek(0)); t(lambda: b.tell()); t(lambda: b.truncate()); t(lambda: b.fileno())
t(lambda: b.readable()); t(lambda: b.isatty()); t(lambda: b.readline()); t(lambda: b.readline('x'))
t(lambda: b._checkReadable()); t(lambda: b._checkSeekable()); t(lambda: b._checkWritable())
t(lambda: b._checkClosed(1,2)); t(lambda: b.closed); t(lambda: b.__dict__)
b.close(); t(lambda: b.closed); t(lambda: b.flush()); t(lambda: b.isatty()); t(lambda: iter(b)); t(lambda: b.__enter__())
t(lambda: b._checkClosed()); t(lambda: b.readable()); t(lambda: b.fileno()) ;t(lambda: b.writelines([]))
r=_io._RawIOBase()
t(lambda: r.read()); t(lambda: r.read(5)); t(lambda: r.readinto(bytearray(2))); t(lambda: r.write(b'')); t(lambda:r.readall())
bb=_io._BufferedIOBase()
t(lambda: bb.read()); t(lambda: bb.read1()); t(lambda: bb.write(b'')); t(lambda: bb.detach()); t(lambda: bb.readinto(bytearray(3)))
t(lambda: bb.readinto(b'abc'))
tb=_io._TextIOBase()
t(lambda: tb.read()); t(lambda: tb.readline()); t(lambda: tb.write('')); t(lambda: tb.detach()); t(lambda: (tb.encoding, tb.errors, tb.newlines))
print(_io.UnsupportedOperation('x').__class__, _io.UnsupportedOperation.__mro__)
class R(_io._RawIOBase):
    def __init__(s): s.d=b'hello\nworld\nxx'
    def readinto(s, b):
        n=min(len(b), 3, len(s.d)); b[:n]=s.d[:n]; s.d=s.d[n:]; return n
    def readable(s): return True
r=R(); print(r.read(2), r.readline(), r.readlines(), r.read())
r=R(); print(list(r)); r=R(); print(r.readall()); print(r.closed); r.close(); print(r.closed)
t(lambda: r.read())
t(lambda: next(r))
r=R(); print(r.readline(4), r.readlines(3), r.readlines(0))
class W(_io._RawIOBase):
    def write(s, b): print('w', type(b).__name__, bytes(b)); return len(b)
w=W(); w.writelines([b'a', bytearray(b'b')]); t(lambda: w.writelines(5))
class P(_io._IOBase):
    def peek(s, n): print('peek', n); return b'ab\ncd'
    def read(s, n): print('read', n); return b'ab\ncd'[:n]
print(P().readline())
class P2(_io._IOBase):
    def read(s, n): return 'x'
t(lambda: P2().readline())
class P3(_io._IOBase):
    def peek(s, n): return 'x'
    def read(s, n): return 'x'
t(lambda: P3().readline())
class P4(_io._IOBase):
    def readline(s): return 5
t(lambda: next(P4()))
class C(_io._IOBase):
    def flush(s): print('flush'); raise KeyError(1)
c=C(); t(lambda: c.close()); print(c.closed); t(lambda:c.close())
class D(_io._IOBase):
    def close(s): print('close called', s.closed); super().close()
d=D(); del d
import gc; gc.collect()
with D() as d: print('in')
print(_io._IOBase.closed.__class__.__name__, _io.UnsupportedOperation.__module__, _io.BlockingIOError)
class B2(_io._BufferedIOBase):
    def read(s, n): return b'xyz'[:n]
ba=bytearray(5); print(B2().readinto(ba), ba, B2().readinto(memoryview(ba)[:2]), ba)
class B3(_io._BufferedIOBase):
    def read(s, n): return b'xyzxyzxyz'
t(lambda: B3().readinto(bytearray(2)))
b = _io._IOBase(); b.x = 5; print(b.__dict__)
import weakref; print(weakref.ref(b)() is b)
