import _io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: _io._IOBase.close(5)); t(lambda: _io.FileIO.read(_io.BytesIO())); t(lambda: _io.BufferedReader.read(_io._IOBase()))
t(lambda: _io.FileIO.closed.__get__(_io._IOBase())); t(lambda: _io.BufferedRWPair.read(_io.BufferedReader.__new__(_io.BufferedReader)))
b = _io.BufferedReader.__new__(_io.BufferedReader); t(lambda: b.read()); t(lambda: repr(b)); t(lambda: b.close())
f = _io.FileIO.__new__(_io.FileIO); t(lambda: f.read()); t(lambda: repr(f)); t(lambda: f.close()); t(lambda: f.closed)
p = _io.BufferedRWPair.__new__(_io.BufferedRWPair); t(lambda: p.close())
import io
class MyRaw(io.RawIOBase):
    def readinto(self, b): b[:2] = b'ok'; return 2
    def readable(self): return True
r = MyRaw(); print(r.read(2), isinstance(r, io.IOBase), io.RawIOBase.__mro__)
br = io.BufferedReader(MyRaw(), 4); print(br.read(5))
class MyFile(io.FileIO): pass
print(MyFile.__mro__)
p = _io.BufferedRWPair.__new__(_io.BufferedRWPair)
for n in ['read', 'peek', 'read1', 'readinto', 'readinto1', 'write', 'flush', 'readable', 'writable', 'close', 'isatty']:
    t(lambda: getattr(p, n)(*([bytearray(1)] if 'into' in n or n == 'write' else [])))
t(lambda: p.closed)
