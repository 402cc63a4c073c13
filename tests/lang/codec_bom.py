# byte order marks: utf-8-sig, utf-16 and utf-32 with and without BOM
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "text", "\ufeffstarts with BOM"]:
    print(repr(s), s.encode("utf-8-sig"), s.encode("utf-8-sig").decode("utf-8-sig") == s, repr(s.encode("utf-8-sig").decode("utf-8")))
print(repr(b"\xef\xbb\xbfabc".decode("utf-8-sig")), repr(b"abc".decode("utf-8-sig")), repr(b"\xef\xbb\xbf".decode("utf-8-sig")),
      repr(b"\xef\xbb\xbf\xef\xbb\xbf".decode("utf-8-sig")), repr(b"\xef\xbbx".decode("utf-8-sig", "replace")))
t(lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig"))
t(lambda: b"x\xff".decode("utf-8-sig"))
t(lambda: "\udc80".encode("utf-8-sig"))
t(lambda: "\udc80".encode("utf-8-sig", "surrogateescape"))
boms = {"utf-16": "hi".encode("utf-16"), "utf-32": "hi".encode("utf-32")}
for k, v in boms.items():
    print(k, v, v[:4], v.decode(k), repr(v.decode(k + "-le")), repr(v[2 if k == "utf-16" else 4:].decode(k)))
print(repr(b"\xfe\xff\x00h\x00i".decode("utf-16")), repr(b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32")))
print(repr(b"\xfe\xff\x00h".decode("utf-16-le")), repr("\ufeffx".encode("utf-16-le")), repr("\ufeff".encode("utf-16")))
t(lambda: b"\xfe\xff\x00".decode("utf-16"))
t(lambda: b"\xff\xfe\x00\x00\x00".decode("utf-32"))
t(lambda: b"\xff\xfe".decode("utf-32"))
data = "ünïcödé 😀".encode("utf-16-be")
print(data.decode("utf-16-be"), (b"\xfe\xff" + data).decode("utf-16"), len(data))
