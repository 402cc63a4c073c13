# error messages of int() for bad literals, bad bases and bad argument types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", " ", "+", "-", "_", "1_", "_1", "1__2", "0x", "0b2", "12a", "1.5", "1e5", "one", "--1",
          "+-1", "1 2", "0_x1", "٣x", "\x00", "1\x00", "0" * 5 + "x"]:
    show("int(%r)" % s, lambda: int(s))
for s, b in [("0x1f", 10), ("0b2", 0), ("08", 0), ("010", 0), ("0_8", 0), ("00", 0), ("0_0", 0), ("9", 8),
             ("g", 16), ("0o8", 8), ("0x", 16), ("0b", 2), ("1", 37), ("1", 1), ("1", -1), ("1", 2**70),
             ("1", -(2**70)), ("0x1f", 0), ("z", 35), ("_1", 10), ("0_1", 0)]:
    show("int(%r, %r)" % (s, b), lambda: int(s, b))
show("int(1, 10)", lambda: int(1, 10))
show("int(1.5, 10)", lambda: int(1.5, 10))
show("int(None)", lambda: int(None))
show("int([])", lambda: int([]))
show("int(1j)", lambda: int(1j))
show("int('1', '2')", lambda: int("1", "2"))
show("int('1', 2.0)", lambda: int("1", 2.0))
show("int(b'1', 1)", lambda: int(b"1", 1))
show("int(b'x')", lambda: int(b"x"))
show("int(b'\\xff')", lambda: int(b"\xff"))
show("int(bytearray(b'1.0'))", lambda: int(bytearray(b"1.0")))
show("int(base=2)", lambda: int(base=2))
show("int('1', 2, 3)", lambda: int("1", 2, 3))
show("int(y='1')", lambda: int(y="1"))
show("int('1', base=2, x=3)", lambda: int("1", base=2, x=3))
long_bad = "1" * 100 + "x"
show("long bad", lambda: int(long_bad))
long_bad2 = "x" * 300
show("longer bad", lambda: int(long_bad2))
show("int(memoryview)", lambda: int(memoryview(b"12")))
# \x1c-\x1f are str.isspace() but not spaces to int(); a non-digit,
# non-space character ends what the parser reads
for s in ["\x1c12", "12\x1f", "\x1d1", "\u2463", "1\u2463", "\u00b2"]:
    show("int(%a)" % s, lambda: int(s))
