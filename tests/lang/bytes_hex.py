# hex() with separators and grouping, fromhex() with whitespace and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 23))
for B in (bytes, bytearray):
    print("--", B.__name__)
    d = B(data)
    print(d.hex(), B(b"").hex(), B(b"\x00\xff").hex())
    print(d.hex(":"), d.hex("-", 2), d.hex("-", -2), d.hex(" ", 3), d.hex(" ", -3), d.hex(b"_", 4), d.hex("|", 100))
    print(d.hex(":", 0), d.hex(sep="."), d.hex(sep=".", bytes_per_sep=5), d.hex(bytes_per_sep=2), B(b"\x01").hex(":", 1))
    print(B.fromhex("00ff10"), B.fromhex(" 0a 0B\t0c\n0D\r"), B.fromhex(""), B.fromhex("   "), B.fromhex("DEADbeef"))
    print(type(B.fromhex("00")).__name__, B.fromhex(d.hex()) == d, B.fromhex(d.hex(" ")) == d)
    t(lambda: d.hex("::"))
    t(lambda: d.hex(""))
    t(lambda: d.hex("é"))
    t(lambda: d.hex(1))
    t(lambda: d.hex(None))
    t(lambda: d.hex(":", "2"))
    t(lambda: d.hex(":", 2 ** 40))
    t(lambda: d.hex(":", 1, 2))
    t(lambda: B.fromhex("0"))
    t(lambda: B.fromhex("0g"))
    t(lambda: B.fromhex("g0"))
    t(lambda: B.fromhex("00 0 1"))
    t(lambda: B.fromhex("0x00"))
    t(lambda: B.fromhex("é0"))
    t(lambda: B.fromhex("00é"))
    t(lambda: B.fromhex(b"00"))
    t(lambda: B.fromhex())
class MyBytes(bytes):
    pass
class MyBA(bytearray):
    pass
r1, r2 = MyBytes.fromhex("4142"), MyBA.fromhex("4344")
print(type(r1).__name__, r1, type(r2).__name__, r2)
print(b"\x12\x34".fromhex("56"), bytearray(b"x").fromhex("57"))
