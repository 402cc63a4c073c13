# _io.StringIO: newline modes, positions, padding, state, closed/uninitialised errors, subclasses.
import _io
S=_io.StringIO
def err(f,*a,**k):
    try: print('ok', repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
s=S('abc')
err(s.seek,-1); err(s.seek,1,1); err(s.seek,0,5); err(s.seek,'x'); err(s.truncate,-1); err(s.truncate,'x'); err(s.write,b'x'); err(s.read,'x')
err(S, 5); err(S, newline=5); err(S, newline='x'); err(S,'a','\n','c'); print(repr(S('a\n', newline='\r\n\0').getvalue()))
err(s.__setstate__, (1,2,3)); err(s.__setstate__, ('a',None,'x',None)); err(s.__setstate__, ('a',None,-1,None)); err(s.__setstate__, ('a',None,0,5)); err(s.__setstate__, (5,None,0,None)); err(s.__setstate__, ('a',5,0,None))
err(s.__setstate__, ('a','\r',0,None)); print(repr(s.getvalue()), s.__getstate__())
s.close(); err(s.read); err(s.write,'x'); err(s.write, b'x'); err(s.seek,0); err(s.seek,1,1); err(s.tell); err(s.getvalue); err(iter,s); err(s.__getstate__); err(lambda: s.newlines); err(lambda: s.line_buffering); err(s.readable); err(s.truncate)
x=S.__new__(S); err(x.read); err(x.readline); err(x.tell); err(x.seek, 0); err(x.getvalue); err(lambda: x.newlines); err(iter, x); err(next, x); err(lambda:x.closed); err(x.write,'a'); err(x.close)
print(S().__getstate__(), S('a\r\nb', None).__getstate__(), S(None).getvalue())
# newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    s = S('a\nb\r\nc\rd\n\re', newline=nl)
    print(repr(nl), repr(s.getvalue()), repr(s.newlines), s.line_buffering)
    lines = []
    while True:
        l = s.readline()
        if not l: break
        lines.append(l)
    print(lines, s.tell())
    s.seek(0); print([s.readline(2) for i in range(4)])
    s.seek(0); print(list(s))
    s.write('x\ny\r'); print(repr(s.getvalue()), repr(s.newlines))
# positions, overwrite, padding
s = S()
print(s.write('héllo wörld ☃'), s.tell(), s.seek(6), s.write('W'), repr(s.getvalue()))
print(s.seek(20), s.write('𝄞!'), repr(s.getvalue()), s.tell(), len(s.getvalue()))
print(s.seek(0), repr(s.read(3)), repr(s.read(0)), repr(s.read(None)), repr(s.read()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1), s.seek(0, 0))
print(s.truncate(), repr(s.getvalue()), s.readable(), s.writable(), s.seekable())
s.seek(10); print(s.truncate(), repr(s.getvalue()))
print(repr(s.read()))
# many small writes
s = S()
for i in range(20000):
    s.write('ab')
print(len(s.getvalue()), s.tell())
s.seek(0); print(s.read(5), len(s.read()))
# state round trip
s = S('x\r\ny', newline=None); s.seek(2); s.attr = 9
st = s.__getstate__(); print(st)
t = S.__new__(S); t.__setstate__(st); print(repr(t.getvalue()), t.tell(), t.attr, repr(t.newlines))
t = S(); t.__setstate__(('a\r\nb', '\r', 1, None)); print(repr(t.getvalue()), t.tell(), repr(t.read()))
# subclass
class Sub(S):
    def __init__(self, v):
        super().__init__(v.upper(), newline='')
print(Sub('ab\ncd').readline(), isinstance(Sub(''), _io._TextIOBase))
class Sub2(S):
    def readline(self, *a): return 'only once' if not self.tell() and self.read(1) else ''
print(list(Sub2('abc')))
class Sub3(S):
    def readline(self, *a): return 5
err(list, Sub3('a'))
f = S('w'); print(f.read(), f.closed); f.close()
print(f.closed)
err(S('a').write, 'b', 'c')
print(S(initial_value='kw', newline=None).read())
print(repr(S(initial_value='k\r', newline=None).getvalue()))
err(S('a').write)
import _io
err(_io.BytesIO().write, 1, 2)
err(_io.BytesIO().readinto)
