# UnicodeEncodeError / UnicodeDecodeError from codecs: attributes, args, str(), subclasses
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    print("  args:", e.args, isinstance(e, UnicodeError), isinstance(e, ValueError))

for f in [lambda: "abc€".encode("ascii"), lambda: "a€€€b".encode("latin-1"), lambda: "\ud800".encode(),
          lambda: "x\udcff\udcfe".encode("utf-8"), lambda: "\ud800".encode("utf-16"), lambda: "\ud800".encode("utf-32-be"),
          lambda: "€".encode("cp1252") + "\x81".encode("cp1252"),
          lambda: b"\xff".decode(), lambda: b"ab\xc3".decode("utf-8"), lambda: b"\x80\x81".decode("ascii"),
          lambda: b"\x81".decode("cp1252"), lambda: b"abc".decode("utf-16"), lambda: b"\x00\xd8".decode("utf-16-le"),
          lambda: b"\x00\x00\x11\x00".decode("utf-32-le"), lambda: bytearray(b"\xfe").decode(),
          lambda: memoryview(b"\xe9").tobytes().decode("ascii"), lambda: str(bytearray(b"\xff"), "utf-8")]:
    try:
        f()
    except UnicodeError as e:
        show(e)
try:
    try:
        b"\xff".decode()
    except ValueError as e:
        raise LookupError("wrapped") from e
except LookupError as e:
    print(type(e.__cause__).__name__, e.__cause__.start)
e = UnicodeDecodeError("my-codec", b"\x01\x02\x03", 1, 2, "custom reason")
print(e, e.object, e.args)
e2 = UnicodeEncodeError("enc", "h\u20acllo", 1, 3, "bad")
print(e2, e2.start, e2.end)
e2.start = 2
e2.reason = "changed"
print(e2)
