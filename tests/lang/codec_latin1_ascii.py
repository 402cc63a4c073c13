# ascii and latin-1: ranges, runs of unencodable characters, error handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "Aé€😀ÿ\x80z"
for enc in ("ascii", "latin-1"):
    print("--", enc)
    for err in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        print(err, s.encode(enc, err))
    t(lambda: s.encode(enc))
    t(lambda: s.encode(enc, "strict"))
    t(lambda: "ok€€€ok€".encode(enc))
    t(lambda: "\udc80\udcff".encode(enc, "surrogateescape"))
    t(lambda: "a\udc80\ud800\udcff".encode(enc, "surrogateescape"))
    t(lambda: "a\ud800".encode(enc, "surrogatepass"))
print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))), "".join(map(chr, range(256))).encode("latin-1") == bytes(range(256)))
print(bytes(range(128)).decode("ascii") == "".join(map(chr, range(128))))
for b in [b"\x80", b"abc\xff", b"\xff\xfe", b"a\x80b\x81"]:
    try:
        b.decode("ascii")
    except UnicodeDecodeError as e:
        print(b, e.start, e.end, e.reason, "|", b.decode("ascii", "replace"), b.decode("ascii", "ignore"),
              b.decode("ascii", "backslashreplace"), repr(b.decode("ascii", "surrogateescape")))
t(lambda: b"\xff".decode("ascii", "surrogatepass"))
t(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
t(lambda: b"\xff".decode("ascii", "namereplace"))
for name in ("latin1", "iso-8859-1", "ISO_8859_1", "l1", "cp819", "8859", "latin", "us-ascii", "646", "US_ASCII", "cp367"):
    print(name, "é".encode(name, "replace"), b"\xe9".decode(name, "replace"))
