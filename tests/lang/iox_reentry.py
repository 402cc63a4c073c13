# _io streams when __index__ or other Python code closes or detaches them in the middle of a call.
import _io
def err(f,*a,**k):
    try: print('ok', repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
t=_io.TextIOWrapper(_io.BytesIO(b'abcdef'))
err(t.seek, 1.5); err(t.seek, 2**200); err(t.seek, 2**100); err(t.seek, True); print(t.read())
d=_io.IncrementalNewlineDecoder(None, 1)
err(d.decode, 'a\r', 'x'); err(d.decode, 'a\r', 2.5); err(d.decode, 'a\r', None); err(d.decode, 'a\r', [])
err(_io.StringIO().write, 'x', 'y')
s=_io.StringIO('abc'); err(s.read, 2.5); err(s.readline, 2.5)
for meth, args in [('read', 1), ('read1', 1), ('readline', 1), ('truncate', 1), ('seek', 1), ('readlines', None)]:
    b=_io.BytesIO(b'abc')
    class Idx:
        def __index__(self): b.close(); return 1
    a = (Idx(),) if args else ()
    err(getattr(b, meth), *a)
b=_io.BytesIO(b'abc')
class Idx2:
    def __index__(self): b.close(); return 0
err(b.seek, 0, Idx2())
for meth in ['read', 'readline', 'truncate']:
    s=_io.StringIO('abc')
    class Idx:
        def __index__(self): s.close(); return 1
    err(getattr(s, meth), Idx())
t=_io.TextIOWrapper(_io.BytesIO(b'abc\ndef'))
class Idx3:
    def __index__(self): t.close(); return 1
err(t.read, Idx3())
t=_io.TextIOWrapper(_io.BytesIO(b'abc\ndef'))
class Idx4:
    def __index__(self): t.detach(); return 1
err(t.readline, Idx4())
