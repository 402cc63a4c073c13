# _io.IncrementalNewlineDecoder: translation, pending \r, newlines, state, wrapped decoders, errors.
import _io
D=_io.IncrementalNewlineDecoder
for a in [(None,'x'),(None,2),(None,1.0),(None,),()]:
    try: d=D(*a); print('ok', d.decode('a\r'), d.getstate())
    except Exception as e: print(type(e).__name__, e)
d=D(None, True)
for x in ['a\r','\nb\r\n','c\rd','\r','']:
    print(repr(d.decode(x)), repr(d.newlines), d.getstate())
print(repr(d.decode('', final=True)), d.newlines)
try: d.decode(b'x')
except Exception as e: print(type(e).__name__, e)
try: d.setstate(5)
except Exception as e: print(type(e).__name__, e)
try: d.setstate((1,))
except Exception as e: print(type(e).__name__, e)
try: d.setstate((b'', 'x'))
except Exception as e: print(type(e).__name__, e)
d.setstate((b'', 3)); print(d.getstate()); d.reset(); print(d.getstate(), d.newlines)
x=D.__new__(D)
try: x.decode('a')
except Exception as e: print(type(e).__name__, e)
try: x.newlines
except Exception as e: print(type(e).__name__, e)
class Dec:
    def decode(self, b, final=False): return b.decode('latin-1')
    def getstate(self): return (b'zz', 5)
    def setstate(self, st): print('setstate', st)
    def reset(self): print('reset')
d=D(Dec(), False); print(repr(d.decode(b'x\r')), d.getstate()); d.setstate((b'q', 7)); d.reset()
class Bad:
    def decode(self, b, final=False): return 5
    def getstate(self): return 5
try: D(Bad(),1).decode(b'')
except Exception as e: print(type(e).__name__, e)
try: D(Bad(),1).getstate()
except Exception as e: print(type(e).__name__, e)
d = D(None, False)
for x in ['a\r\nb', '\r', '\n', 'x\ry\n', '\r\r\n']:
    print(repr(d.decode(x)), repr(d.newlines))
d = D(None, translate=True, errors='ignore')
print(repr(d.decode(input='a\r\r\n\n', final=True)), repr(d.newlines))
class SubD(D):
    pass
s = SubD(None, True); s.attr = 3; print(repr(s.decode('q\r', True)), s.attr)
