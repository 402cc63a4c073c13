# _io.TextIOWrapper over BytesIO: reading, tell/seek cookies in every newline mode and chunk size, writing with translation and buffering, BOM codecs, decode errors, reconfigure, detach/close, odd buffers.
import _io
T = _io.TextIOWrapper
B = _io.BytesIO

def err(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

# reading, tell/seek round trips on utf-8 text with multibyte characters
data = 'héllo\nwörld ☃\r\nsecond line\rthird\n𝄞 end'.encode('utf-8')
for nl in [None, '', '\n', '\r', '\r\n']:
    for chunk in [3, 5, 8192]:
        t = T(B(data), encoding='utf-8', newline=nl)
        t._CHUNK_SIZE = chunk
        out = []
        while True:
            pos = t.tell()
            line = t.readline()
            if not line:
                break
            out.append((pos, line))
        print(repr(nl), chunk, out, repr(t.newlines))
        for pos, line in out:
            t.seek(pos)
            assert t.readline() == line, (pos, line)
        t.seek(0)
        got = []
        while True:
            c = t.read(2)
            if not c:
                break
            got.append((c, t.tell()))
        print(got)
        for i, (c, p) in enumerate(got[:-1]):
            t.seek(p)
            if t.read(2) != got[i + 1][0]:
                print("mismatch at", p)

# read with size across chunks, readline with limits
t = T(B(data), encoding='utf-8')
t._CHUNK_SIZE = 4
print([t.readline(3) for i in range(6)])
print(repr(t.read(5)), repr(t.read()), repr(t.read()), repr(t.read(3)))
t.seek(0)
print(list(t))
err(t.tell)
t.seek(0)
print(t.tell(), len(t.read()))
# iteration disables tell until exhausted
t.seek(0)
next(t)
err(t.tell)
for _ in t:
    pass
print(t.tell())

# writing, newline translation, pending bytes
b = B()
t = T(b, encoding='utf-8', newline='\r\n')
print(t.write('a\nb'), b.getvalue(), t.tell(), b.getvalue())
t.write('ü\n')
t.flush()
print(b.getvalue())
b = B()
t = T(b, encoding='latin-1', line_buffering=True)
t.write('x'); print(b.getvalue())
t.write('y\n'); print(b.getvalue())
t.write('z\r'); print(b.getvalue())
b = B()
t = T(b, write_through=True)
t.write('wt'); print(b.getvalue(), t.write_through, t.line_buffering)
b = B()
t = T(b, newline='\r')
t.write('1\n2\n'); t.flush(); print(b.getvalue())
err(T(B(), encoding='ascii').write, 'é')
t = T(B(), encoding='ascii', errors='replace'); t.write('é€'); t.flush(); print(t.buffer.getvalue())
t = T(B(), encoding='ascii', errors='xmlcharrefreplace'); t.write('é€'); t.flush(); print(t.buffer.getvalue())

# read then write then read
b = B(b'line1\nline2\nline3\n')
t = T(b)
print(repr(t.readline()), t.tell())
t.seek(t.tell())
t.write('LINE2\n')
t.seek(0)
print(repr(t.read()))

# encodings with BOMs and wide characters
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'latin-1', 'cp1252', 'ascii']:
    b = B()
    t = T(b, encoding=enc)
    text = 'abc\ndéf\n' if enc != 'ascii' else 'abc\ndef\n'
    t.write(text)
    t.write('ghi')
    t.flush()
    raw = b.getvalue()
    print(enc, raw)
    t.seek(0)
    t._CHUNK_SIZE = 3
    print(repr(t.readline()), t.tell(), repr(t.read(2)), t.tell(), repr(t.read()))
    t.seek(0)
    p = []
    while t.read(1):
        p.append(t.tell())
    print(p)
    for q in p[:3]:
        t.seek(q); print(repr(t.read(1)), end=' ')
    print()
    t.seek(0, 2); t.write('!'); t.seek(0); print(repr(t.read()))

# decode errors
err(T(B(b'ab\xffcd'), encoding='utf-8').read)
print(repr(T(B(b'ab\xffcd'), encoding='utf-8', errors='replace').read()))
print(repr(T(B(b'ab\xffcd'), encoding='utf-8', errors='ignore').read()))
print(repr(T(B(b'ab\xffcd'), encoding='utf-8', errors='surrogateescape').read()))
t = T(B('é'.encode() * 5), encoding='utf-8'); t._CHUNK_SIZE = 1; print(repr(t.read()), repr(t.read()))
t = T(B('é'.encode() * 5), encoding='utf-8'); t._CHUNK_SIZE = 1; print([t.read(1) for i in range(6)])
err(T(B(b'\xe9'), encoding='utf-8').read)
err(T(B(b'\xe2\x82'), encoding='utf-8').read, 1)

# reconfigure
b = B()
t = T(b, encoding='ascii')
t.write('a\n')
t.reconfigure(encoding='latin-1', newline='\r\n', line_buffering=True)
t.write('é\n')
print(b.getvalue(), t.encoding, t.errors, t.line_buffering)
t.reconfigure(errors='replace')
print(t.encoding, t.errors)
t.reconfigure(encoding='utf-8')
print(t.encoding, t.errors)
t.reconfigure(write_through=1, line_buffering=False)
print(t.write_through, t.line_buffering)

# detach, close, closed
b = B(b'abc')
t = T(b)
t.write('x')
d = t.detach()
print(d is b, b.getvalue())
err(t.write, 'y'); err(t.flush); err(t.detach); err(t.close); err(t.fileno)
print(t.buffer, t.encoding)
b = B(b'abc')
t = T(b)
t.write('Q')
print(t.closed, t.close(), t.closed, b.closed, t.close())
err(t.read); err(t.write, 'x'); err(t.tell); err(t.seek, 0); err(t.flush); err(iter, t)
err(t.readable); err(t.fileno)
print(repr(t))
# non-seekable / non-readable buffers
class NoSeek:
    def __init__(self, data): self.b = B(data)
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return False
    def read(self, n=-1): return self.b.read(n)
    def write(self, d): return self.b.write(d)
    def flush(self): pass
    closed = False
t = T(NoSeek(b'abc\ndef'))
print(repr(t.readline()), repr(t.read()))
err(t.tell); err(t.seek, 0)
t.write('z')
print(t.buffer.b.getvalue())
class WriteOnly(NoSeek):
    def readable(self): return False
err(T(WriteOnly(b'')).read)
err(T(WriteOnly(b'')).readline)
class ReadOnly(NoSeek):
    def writable(self): return False
err(T(ReadOnly(b'')).write, 'a')
print(T(ReadOnly(b'')).newlines, T(ReadOnly(b'a\r\nb'), newline='').newlines)
class BadRead(NoSeek):
    def read(self, n=-1): return 'text'
err(T(BadRead(b'')).read)
err(T(BadRead(b'')).read, 2)
