# UTF-32 in its three forms, and its decode errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "A", "é€", "😀", "\U0010ffff"]:
    print(repr(s), s.encode("utf-32"), s.encode("utf-32-le"), s.encode("utf-32-be"),
          s.encode("utf-32").decode("utf-32") == s, s.encode("utf_32_be").decode("UTF-32BE") == s)
print(b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"),
      b"A\x00\x00\x00".decode("utf-32"), repr(b"\xff\xfe\x00\x00".decode("utf-32")))
for b in [b"A", b"A\x00\x00", b"A\x00\x00\x00B", b"\x00\x00\x11\x00", b"\xff\xff\xff\xff", b"\x00\xd8\x00\x00",
          b"\x00\xdc\x00\x00A\x00\x00\x00"]:
    try:
        b.decode("utf-32-le")
    except UnicodeDecodeError as e:
        print(b, e.encoding, e.start, e.end, e.reason, "|", repr(b.decode("utf-32-le", "replace")),
              repr(b.decode("utf-32-le", "ignore")), repr(b.decode("utf-32-le", "backslashreplace")))
t(lambda: b"\x00\x00\xfe\xff\x00\x00\xd8\x00".decode("utf-32"))
t(lambda: b"\xff\xfe\x00\x00\x00\x00\x11\x00".decode("utf-32"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass"))
t(lambda: b"\x00\x00\xdc\x00".decode("utf-32-be", "surrogatepass"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le", "surrogatepass"))
t(lambda: "a\ud800".encode("utf-32"))
t(lambda: "a\ud800".encode("utf-32-be", "surrogatepass"))
t(lambda: "a\ud800\udfff".encode("utf-32-le", "replace"))
t(lambda: "a\udcff".encode("utf-32-le", "surrogateescape"))
print("ab".encode("u32"), "ab".encode("UTF32"), "x".encode("utf_32le"), "x".encode("utf-32be"))
