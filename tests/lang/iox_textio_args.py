# _io.TextIOWrapper over BytesIO: argument errors, repr, attributes, reconfigure limits, detach, uninitialised use.
import _io
T=_io.TextIOWrapper
def err(f,*a,**k):
    try: print('ok', repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
b=_io.BytesIO(b'abc\ndef')
t=T(b)
err(t.readline, None); err(t.read, 'x'); err(t.write, 5); err(T, b, encoding=5); err(T, b, errors=5); err(T,b,newline=5); err(T,b,newline='x'); err(T,b,encoding='nope'); err(T,b,encoding='hex'); err(T,b,encoding='a\0b'); err(T,b,errors='a\0b')
err(T, b, line_buffering='x'); err(T, 5); err(t.seek, 'x'); err(t.seek, -1); err(t.seek, 1, 1); err(t.seek, 1, 2); err(t.seek, 0, 3)
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t._CHUNK_SIZE)
err(setattr, t, '_CHUNK_SIZE', 0); err(setattr, t, '_CHUNK_SIZE', 'x'); err(setattr, t, 'encoding', 'x')
t.mode='r'; print(repr(t)); b.name='nm'; print(repr(t))
err(t.reconfigure, encoding=5); err(t.reconfigure, 5); t.read(1); err(t.reconfigure, encoding='ascii'); err(t.reconfigure, newline=None)
print(type(t.detach()).__name__); err(t.read); err(lambda: t.encoding); err(lambda: t.closed); err(repr, t); err(lambda: t.buffer)
x=T.__new__(T); err(x.read); err(repr,x); err(lambda: x.closed)
t=T(_io.BytesIO(b'\xff\xfeA\x00'), encoding='utf-16'); print(t.read(), t.tell())
err(T(_io.BytesIO(b'A\x00'), encoding='utf-16').read)
