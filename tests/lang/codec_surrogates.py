# surrogateescape and surrogatepass: round trips of undecodable bytes and lone surrogates
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = b"name-\xff\xfe-\xc3\xa9-\x80"
s = raw.decode("utf-8", "surrogateescape")
print(repr(s), len(s), s.encode("utf-8", "surrogateescape") == raw, ascii(s))
print(repr(raw.decode("ascii", "surrogateescape")), raw.decode("ascii", "surrogateescape").encode("ascii", "surrogateescape") == raw)
print(repr(raw.decode("latin-1", "surrogateescape")), repr(b"\x81\x8d".decode("cp1252", "surrogateescape")))
t(lambda: s.encode("utf-8"))
t(lambda: s.encode("ascii", "surrogateescape"))
t(lambda: s.encode("latin-1", "surrogateescape"))
t(lambda: "\udc41".encode("utf-8", "surrogateescape"))
t(lambda: "\udc7f".encode("latin-1", "surrogateescape"))
t(lambda: "\udd00".encode("utf-8", "surrogateescape"))
t(lambda: "ab\udc80\ud800\udc81".encode("utf-8", "surrogateescape"))
lone = "x\ud800y\udfffz\ud83d"
enc = lone.encode("utf-8", "surrogatepass")
print(enc, repr(enc.decode("utf-8", "surrogatepass")), enc.decode("utf-8", "surrogatepass") == lone)
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr(b"\xed\xb2\x80\xed\xa0\xbd".decode("utf-8", "surrogatepass")))
t(lambda: b"\xed\xa0".decode("utf-8", "surrogatepass"))
t(lambda: b"\xed\xa0\x80".decode("utf-8"))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogateescape"))
t(lambda: b"\xf0\x9f\x98\x80\xed\xa0\x80".decode("utf-8", "replace"))
pair = "\ud83d\ude00"
print(len(pair), pair.encode("utf-8", "surrogatepass"), pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
print(repr("\ud800".encode("utf-16-be", "surrogatepass")), repr("\udc00".encode("utf-32-le", "surrogatepass")))
t(lambda: lone.encode("ascii", "surrogatepass"))
t(lambda: lone.encode("latin-1", "surrogatepass"))
t(lambda: lone.encode("utf-8", "backslashreplace"))
t(lambda: lone.encode("utf-8", "xmlcharrefreplace"))
t(lambda: lone.encode("utf-8", "replace"))
t(lambda: lone.encode("utf-8", "ignore"))
