# partition / rpartition: results, types, separators of all bytes-like kinds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"key=value=more")
    print(s.partition(b"="), s.rpartition(b"="))
    print(s.partition(b"=value="), s.rpartition(b"key"), s.partition(b"more"), s.rpartition(b"key=value=more"))
    print(s.partition(b"#"), s.rpartition(b"#"))
    print(B(b"").partition(b"x"), B(b"").rpartition(b"x"), B(b"xx").partition(b"x"), B(b"xx").rpartition(b"x"))
    print(s.partition(bytearray(b"=")), s.rpartition(memoryview(b"=")) [0])
    print([type(p).__name__ for p in s.partition(b"=")], [type(p).__name__ for p in s.rpartition(b"!")])
    t(lambda: s.partition(b""))
    t(lambda: s.rpartition(bytearray()))
    t(lambda: s.partition("="))
    t(lambda: s.partition(61))
    t(lambda: s.rpartition(None))
    t(lambda: s.partition())
    t(lambda: s.partition(b"a", b"b"))
sep = bytearray(b"=")
r = b"a=b".partition(sep)
print(r, r[1] is sep)
b = b"abc"
print(b.partition(b"z")[0] is b, b.rpartition(b"z")[2] is b)
ba = bytearray(b"abc")
print(ba.partition(b"z")[0] is ba, ba.partition(b"z")[0] == ba)
for line in [b"GET /index.html HTTP/1.1", b"Host: example.com", b"X-Empty:", b"NoColon"]:
    name, colon, value = line.partition(b":")
    print(name, bool(colon), value.strip())
