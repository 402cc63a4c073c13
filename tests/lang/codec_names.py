# encoding names: case, punctuation, aliases, unknown names, non-text codecs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "Utf_8", "utf 8", "utf--8", " utf-8 ", "u8", "utf", "cp65001",
         "utf8_ucs4", "utf-8-sig", "UTF_8_SIG", "latin-1", "latin1", "Latin_1", "iso-8859-1", "iso8859_1", "ISO_8859-1:1987",
         "l1", "cp819", "ibm819", "csisolatin1", "iso_ir_100", "ascii", "ASCII", "us-ascii", "646", "ansi_x3.4_1968",
         "iso646-us", "cp1252", "windows-1252", "1252", "utf-16", "UTF16", "u16", "utf-16le", "utf_16_be",
         "UnicodeLittleUnmarked", "utf-32", "u32", "utf-32be", "UTF-32-LE"]
for n in names:
    try:
        print(repr(n), "é".encode(n, "replace"), repr(b"a\x00\x00\x00".decode(n, "replace")))
    except LookupError as e:
        print(repr(n), "LookupError", e)
for bad in ["", "utf-9", "UTF16LE", "latin-2x", "no such codec", "utf-8\x00", "é"]:
    t(lambda: "x".encode(bad))
    t(lambda: b"x".decode(bad))
for nt in ["rot13", "rot_13", "hex", "base64", "zlib", "bz2", "quopri", "uu", "Hex_Codec"]:
    t(lambda: "x".encode(nt))
    t(lambda: b"x".decode(nt))
t(lambda: "x".encode(None))
t(lambda: "x".encode(8))
t(lambda: b"x".decode(b"utf-8"))
t(lambda: "x".encode("utf-8", None))
t(lambda: "x".encode("utf-8", "no-handler"))
t(lambda: "é".encode("ascii", "no-handler"))
t(lambda: b"\xff".decode("utf-8", "no-handler"))
t(lambda: str(b"x", "nope"))
t(lambda: bytes("x", "nope"))
t(lambda: bytearray("x", "nope"))
t(lambda: str(b"x", encoding=1))
t(lambda: "x".encode(encoding="ascii", errors="strict"))
t(lambda: "x".encode(codec="ascii"))
# errors inside codecs reached by a non-canonical name are wrapped, as CPython's registry does
for enc in ["utf-8", "UTF8", "u8", "utf-16", "utf-16-le", "ascii", "646", "utf-8-sig", "latin1", "l1"]:
    t(lambda: b"\xff\xfe\xfd".decode(enc, "xmlcharrefreplace"))
    t(lambda: "\udcff\u20ac".encode(enc, "bogus"))
t(lambda: str(b"x", "utf-8\x00"))
t(lambda: str(b"x", "utf-8", "strict\x00"))
t(lambda: bytes("x", "ascii\x00"))
t(lambda: b"x".decode("ascii", "strict\x00"))
