# TextIOWrapper over registry codecs: a registered stateful codec (its state in tell() cookies), the encodings package's charmap codecs, non-text and unknown encodings.
import _io, codecs

def err(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

# a registered codec with a stateful incremental decoder: each byte b'x'
# toggles upper case; its state travels in tell() cookies
class Dec(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.upper = 0
    def decode(self, input, final=False):
        out = []
        for ch in bytes(input):
            if ch == ord('x'):
                self.upper ^= 1
                continue
            c = chr(ch)
            out.append(c.upper() if self.upper else c)
        return ''.join(out)
    def getstate(self):
        return (b'', self.upper)
    def setstate(self, state):
        self.upper = state[1]
    def reset(self):
        self.upper = 0

class Enc(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.lower().encode('latin-1')

def lookup(name):
    if name == 'toggle':
        return codecs.CodecInfo(name='toggle', encode=None, decode=None,
                                incrementalencoder=Enc, incrementaldecoder=Dec)
    return None
codecs.register(lookup)

t = _io.TextIOWrapper(_io.BytesIO(b'abxcdxef\nghxij\nkl'), encoding='toggle')
t._CHUNK_SIZE = 2
print(repr(t), t.encoding)
cookies = []
while True:
    cookies.append(t.tell())
    c = t.read(1)
    if not c:
        break
print(cookies)
t.seek(0)
full = t.read()
print(repr(full))
for i, ck in enumerate(cookies):
    t.seek(ck)
    assert t.read() == full[i:], (i, ck)
t.seek(0)
print(t.readline(), t.tell(), t.readline(), t.tell(), list(t))
t.seek(0, 2)
t.write('MORE')
t.seek(0)
print(repr(t.read()), t.buffer.getvalue())

# codecs only the registry knows
for enc in ['cp437', 'koi8_r', 'mac_roman', 'iso8859_15']:
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding=enc)
    t.write({'cp437': 'caf\xe9\n', 'koi8_r': '\u043a\u043e\u0442\n', 'mac_roman': '\xe9\u2020\n',
             'iso8859_15': 'caf\xe9 \u20ac\n'}[enc])
    t.seek(0)
    print(enc, b.getvalue(), repr(t.read()), t.tell())
err(_io.TextIOWrapper, _io.BytesIO(), encoding='rot13')
err(_io.TextIOWrapper, _io.BytesIO(), encoding='hex_codec')
err(_io.TextIOWrapper, _io.BytesIO(), encoding='no-such-codec')
t = _io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='utf-8')
err(t.reconfigure, encoding='rot13')
t.reconfigure(encoding='toggle')
print(t.encoding, repr(t.read()))
