import _io, os
d = 'io1_buffered_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    with _io.FileIO('x','wb') as f: f.write(b'line1\nline2\nline3')
    r = _io.FileIO('x'); b = _io.BufferedReader(r, 4)
    print(b, b.raw is r, b.name, b.mode, b.closed, b.readable(), b.seekable(), b.fileno()>0, b.isatty())
    t(lambda: b.writable()); t(lambda: b.write(b'x')); t(lambda: b.truncate())
    print(b.peek(), b.read(2), b.tell(), b.peek(1), b.read1(10), b.read1(), b.tell(), b.readline(), b.seek(1), b.read(3), b.seek(2,1), b.read(1), b.seek(-2, 2), b.read())
    t(lambda: b.read(-2)); t(lambda: b.seek(0, 3)); t(lambda: b.seek(0, 7)); t(lambda: b.seek(1.0)); t(lambda: b.read('x'))
    b.seek(0); print(list(b)); b.seek(0); print(b.readlines(), b.read(), b.read1(5), b.peek())
    ba = bytearray(4); b.seek(0); print(b.readinto(ba), bytes(ba)); print(b.readinto1(ba), bytes(ba)); print(b.readinto(bytearray(20)), b.tell())
    b.seek(0); print(b.readline(3), b.readline(0), b.readline(100), b.read(0), b.tell())
    d2 = b.detach(); print(d2, d2 is r)
    t(lambda: b.read()); t(lambda: b.raw); t(lambda: b.closed); t(lambda: repr(b)); t(lambda: b.detach()); t(lambda: b.close()); t(lambda: b.name); t(lambda: b.flush()); t(lambda: b.tell())
    d2.close()
    b = _io.BufferedReader(_io.FileIO('x')); b.close(); print(b)
    t(lambda: b.read()); t(lambda: b.peek()); t(lambda: b.read1()); t(lambda: b.readline()); t(lambda: b.seek(0)); t(lambda: b.tell()); t(lambda: b.flush()); t(lambda: b.fileno()); t(lambda:next(b)); t(lambda: b.readable())
    t(lambda: _io.BufferedReader(_io.FileIO('x'), 0)); t(lambda: _io.BufferedReader(_io.FileIO('x', 'a'))); t(lambda: _io.BufferedWriter(_io.FileIO('x', 'r')))
    t(lambda: _io.BufferedReader(_io.FileIO('x'), -1));t(lambda: _io.BufferedReader(5)); t(lambda: _io.BufferedReader(_io.FileIO('x'), 'a'))
    w = _io.BufferedWriter(_io.FileIO('y', 'w'), 4); print(w, w.writable(), w.readable(), w.write(b'ab'), w.tell(), os.path.getsize('y'), w.write(b'cdef'), os.path.getsize('y'), w.tell())
    print(w.write(b'g'), w.flush(), os.path.getsize('y'), w.seek(1), w.write(b'X'), w.tell(), w.seek(0,2), w.truncate(3), w.tell())
    print(w.write(b'0123456789'), os.path.getsize('y'))
    t(lambda: w.write('s')); t(lambda: w.read()); t(lambda: w.peek()); t(lambda: w.readline())
    w.close(); print(_io.FileIO('y').read()); t(lambda: w.write(b'a')); t(lambda: w.flush()); t(lambda: w.seek(0)); t(lambda: w.tell()); t(lambda: w.truncate())
    rw = _io.BufferedRandom(_io.FileIO('y', 'r+'), 4); print(rw, rw.read(1), rw.write(b'Z'), rw.tell(), rw.read(), rw.seek(0), rw.read())
    rw.seek(1); rw.write(b'Q'); rw.seek(0); print(rw.peek(), rw.read(2), rw.write(b'123456'), rw.tell(), rw.seek(0), rw.read())
    rw.seek(0); print(rw.read(1), rw.truncate(), rw.tell(), rw.read(), rw.seek(0, 2)); rw.close()
    t(lambda: _io.BufferedRandom(_io.FileIO('x'))); t(lambda: _io.BufferedRandom(_io.FileIO('x', 'a')))
    p = _io.BufferedRWPair(_io.FileIO('x'), _io.FileIO('y', 'w'))
    print(p.read(3), p.peek(1)[:1], p.read1(2), p.write(b'abc'), p.readable(), p.writable(), p.closed, p.isatty()); p.close(); print(p.closed)
    t(lambda: p.read()); t(lambda: p.write(b'x'))
    t(lambda: _io.BufferedRWPair(_io.FileIO('y', 'w'), _io.FileIO('y', 'w'))); t(lambda: _io.BufferedRWPair(_io.FileIO('x'), _io.FileIO('x')))
    print(_io.FileIO('y').read())
    # a raw stream written in Python
    class Raw(_io._RawIOBase):
        def __init__(self, data): self.data = bytearray(data); self.pos = 0; self.calls = []
        def readable(self): return True
        def writable(self): return True
        def seekable(self): return True
        def readinto(self, b):
            self.calls.append(('readinto', type(b).__name__, len(b)))
            n = min(len(b), 3, len(self.data) - self.pos)
            b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
        def write(self, b):
            self.calls.append(('write', type(b).__name__, bytes(b)))
            self.data[self.pos:self.pos+len(b)] = b; self.pos += len(b); return len(b)
        def seek(self, p, w=0):
            self.calls.append(('seek', p, w))
            self.pos = p if w == 0 else self.pos + p if w == 1 else len(self.data) + p
            return self.pos
        def tell(self): return self.pos
    raw = Raw(b'abcdefghij')
    b = _io.BufferedReader(raw, 5)
    print(b.read(4), b.read(), raw.calls); raw.calls.clear()
    b.seek(0); print(b.read1(2), b.read1(10), b.peek(), raw.calls)
    raw = Raw(b'abcdefghij'); b = _io.BufferedRandom(raw, 4)
    print(b.read(2), b.write(b'XY'), b.tell(), b.read(2), b.flush(), bytes(raw.data), [c for c in raw.calls if c[0] != 'seek'])
    class BadRaw(Raw):
        def readinto(self, b): return 10**6
    t(lambda: _io.BufferedReader(BadRaw(b'')).read(3))
    class NoneRaw(Raw):
        def readinto(self, b): return None
        def write(self, b): return None
    class BW(_io.BufferedWriter):
        def flush(self): print('BW.flush'); super().flush()
    bw = BW(_io.FileIO('z', 'w')); bw.write(b'hi'); print(bw); bw.close(); print(_io.FileIO('z').read())
    big = _io.BufferedWriter(_io.FileIO('big', 'w'))
    for i in range(150): big.write(b'%d,' % i * 20 + b'\n' * (i % 2))
    big.close()
    big = _io.BufferedReader(_io.FileIO('big'))
    print(len(big.read()), big.seek(100), big.read(10), big.seek(9000), big.read(5), big.tell(), len(big.read(1<<24)))
    big.seek(0); print(sum(1 for _ in big)); big.close()
    t(lambda: _io.BufferedReader(_io.FileIO('x'), 1<<62))
    def leak():
        f = _io.BufferedWriter(_io.FileIO('leak', 'w')); f.write(b'data')
    leak(); import gc; gc.collect(); print(_io.FileIO('leak').read())
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
