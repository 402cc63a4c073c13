# strip / lstrip / rstrip: ASCII whitespace by default, a byte set otherwise
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b" \t\n\x0b\x0c\r hello world \r\n\t ")
    print(s.strip(), s.lstrip(), s.rstrip())
    odd = B(b"\x1c\x1d\x1e\x1f\xa0\x85 x \xa0\x85")
    print(odd.strip(), odd.strip(b"\x1c\x1d\x1e\x1f\xa0\x85 "))
    d = B(b"xxyyhelloyyxx")
    print(d.strip(b"xy"), d.lstrip(b"x"), d.rstrip(b"yx"), d.strip(b""), d.strip(None), d.strip(bytearray(b"x")), d.strip(memoryview(b"xyhelo")))
    print(B(b"").strip(), B(b"   ").strip(), B(b"aaaa").strip(b"a"), B(b"\x00\x00a\x00").strip(b"\x00"))
    print(type(s.strip()).__name__, type(B(b"x").strip()).__name__)
    t(lambda: s.strip("x"))
    t(lambda: s.strip(120))
    t(lambda: s.lstrip([120]))
    t(lambda: s.rstrip(b"a", b"b"))
    t(lambda: s.strip(chars=b"x"))
b = b"nothing"
print(b.strip() is b, b.lstrip(b"z") is b, b.rstrip(b"g") is b)
ba = bytearray(b"nothing")
print(ba.strip() is ba, ba.strip() == ba)
for line in [b"  key = value  ", b"\tname=\tTaipan\n", b"   "]:
    k, _, v = line.strip().partition(b"=")
    print(repr(k.strip()), repr(v.strip()))
