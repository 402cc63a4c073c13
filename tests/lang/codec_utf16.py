# UTF-16 in its three forms: BOM, byte order, surrogate pairs, and decode errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "A", "é€", "😀", "a😀b\U0010ffff"]:
    print(repr(s), s.encode("utf-16"), s.encode("utf-16-le"), s.encode("utf-16-be"))
    print("  ", s.encode("utf-16").decode("utf-16") == s, s.encode("utf-16-le").decode("utf-16-le") == s,
          s.encode("utf_16_be").decode("UTF-16BE") == s)
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"), b"\xff\xfe".decode("utf-16"))
print(repr(b"\xff\xfe\xff\xfe".decode("utf-16")), repr(b"\xff\xfeA\x00".decode("utf-16-le")), repr(b"\x00A".decode("utf-16-be")))
print(b"=\xd8\x00\xde".decode("utf-16-le"), b"\xd8=\xde\x00".decode("utf-16-be"))
for b in [b"A", b"A\x00B", b"\x00\xd8", b"\x00\xd8A", b"\x00\xd8A\x00", b"\x00\xdcA\x00", b"A\x00\x00\xdc", b"\x00\xd8\x00\xd8\x00\xdc"]:
    try:
        b.decode("utf-16-le")
    except UnicodeDecodeError as e:
        print(b, e.encoding, e.start, e.end, e.reason, "|", repr(b.decode("utf-16-le", "replace")),
              repr(b.decode("utf-16-le", "ignore")), repr(b.decode("utf-16-le", "backslashreplace")))
t(lambda: b"\xff\xfe\x00\xdc".decode("utf-16"))
t(lambda: b"\xfe\xff\xdc\x00".decode("utf-16"))
t(lambda: b"\xff".decode("utf-16"))
t(lambda: b"\x00\xd8A\x00".decode("utf-16-le", "surrogatepass"))
t(lambda: b"\x00\xdc".decode("utf-16-le", "surrogatepass"))
t(lambda: b"\xd8\x00".decode("utf-16-be", "surrogatepass"))
t(lambda: b"\x00\xd8A\x00".decode("utf-16-le", "surrogateescape"))
t(lambda: "a\ud800b".encode("utf-16"))
t(lambda: "a\ud800\udc00b".encode("utf-16-le"))
t(lambda: "a\ud800b".encode("utf-16-le", "replace"))
t(lambda: "a\ud800b".encode("utf-16-be", "backslashreplace"))
t(lambda: "a\ud800b".encode("utf-16-le", "surrogatepass"))
t(lambda: "a\udc80b".encode("utf-16-le", "surrogateescape"))
t(lambda: "\ud800\udc00".encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
t(lambda: "x\udfff".encode("utf-16", "xmlcharrefreplace"))
t(lambda: "\ud800".encode("utf-16", "ignore"))
print(len("😀".encode("utf-16-le")), len("😀".encode("utf-16")), "ab".encode("u16"), "ab".encode("UTF16"), b"a\x00".decode("utf_16_le"))
