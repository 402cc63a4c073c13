import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class R(io.RawIOBase):
    def writable(self): return True
    def write(self, b): print('write', bytes(b)); return len(b)
    def flush(self): print('raw flush')
b = io.BufferedWriter(R()); b.write(b'x'); print('--'); b.flush(); print('--'); b.close(); print('--')
class RR(R):
    def readable(self): return True
    def readinto(self, b):
        print('re-enter')
        t(lambda: br.read(1)); t(lambda: br.peek()); t(lambda: br.readline()); t(lambda: next(br))
        return 0
br = io.BufferedReader(RR()); print(br.read(1)); br.close(); print('--')
class RW(R):
    def readable(self): return True
    def seekable(self): return True
    def seek(self, p, w=0): return 0
    def tell(self): return 0
    def readinto(self, b): return 0
    def write(self, b):
        print('write', bytes(b)); t(lambda: bw.write(b'again')); t(lambda: bw.seek(0))
        return len(b)
bw = io.BufferedRandom(RW(), 2); bw.write(b'abc'); bw.write(b'defg'); print(bw.closed); bw.close()
