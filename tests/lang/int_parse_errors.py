# int() parsing, its messages, and the number builtins' argument errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s, base in [("12", 10), ("-12", 10), (" +7 ", 10), ("0x1F", 16), ("1F", 16), ("0o17", 0), ("017", 0),
                ("0", 0), ("00", 0), ("0_0", 0), ("1_2_3", 10), ("z", 36), ("Z", 36), ("10", 2), ("12", 2),
                ("", 10), ("  ", 10), ("1__2", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("0x_1", 16),
                ("0b1_0", 0), ("١٢", 10), ("9" * 30, 10), ("-0", 10), ("+", 10), ("- 1", 10), ("1.5", 10),
                ("0b", 0), ("0o8", 0), ("123456789abcdef", 16)]:
    show("int(%r, %d)" % (s, base), lambda: int(s, base))
show("base 1", lambda: int("1", 1))
show("base 37", lambda: int("1", 37))
show("base -1", lambda: int("1", -1))
show("base with int", lambda: int(5, 10))
show("base float", lambda: int("5", 10.0))
show("int(None)", lambda: int(None))
show("int([])", lambda: int([]))
show("int(b'42')", lambda: int(b"42"))
show("int(b'x')", lambda: int(b"x"))
show("int(x=1)", lambda: int(x="1"))
show("int(base=2)", lambda: int(base=2))
show("int('11', base=2)", lambda: int("11", base=2))
show("int()", lambda: int())
show("int(1, 2, 3)", lambda: int(1, 2, 3))
show("long text", lambda: int("x" * 300))
show("digits limit", lambda: int("1" * 5000))
show("str limit", lambda: str(10 ** 5000))
class I:
    def __index__(self): return 42
class T:
    def __trunc__(self): return 7
class II:
    def __int__(self): return 9
class BadInt:
    def __int__(self): return "no"
print(int(II()), int(I()), hex(I()), bin(I()), oct(I()))
show("bad __int__", lambda: int(BadInt()))
for v in [0, 1, -1, 255, -255, 2**64, -(2**64)]:
    print(v, hex(v), oct(v), bin(v))
show("hex float", lambda: hex(1.5))
show("bin str", lambda: bin("1"))
show("oct None", lambda: oct(None))
show("abs str", lambda: abs("x"))
show("divmod str", lambda: divmod("a", 1))
show("divmod int float", lambda: divmod(7, 2.5))
show("pow str", lambda: pow("a", 2))
show("pow 3 float", lambda: pow(2, 3.0, 5))
show("neg str", lambda: -"a")
show("inv float", lambda: ~1.5)
show("add str", lambda: 1 + "a")
show("radd", lambda: "a" + 1)
show("mul list", lambda: 2 * [1])
show("lshift float", lambda: 1 << 1.0)
show("and float", lambda: 1 & 1.0)
show("mod str", lambda: 5 % "a")
show("lt str", lambda: 1 < "a")
show("float lt str", lambda: 1.5 >= None)
show("huge lshift", lambda: 1 << 2**70)
show("round str ndigits", lambda: round(1, "a"))
show("int.bit_length arg", lambda: (1).bit_length(2))
show("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
show("to_bytes neg", lambda: (-1).to_bytes(1, "big"))
show("to_bytes signed", lambda: (-1).to_bytes(2, "little", signed=True))
show("from_bytes signed", lambda: int.from_bytes(b"\xff\xfe", "big", signed=True))
show("to_bytes bad order", lambda: (1).to_bytes(1, "middle"))
show("as_integer_ratio", lambda: (-7).as_integer_ratio())
print(int.__new__(int, 5), type(int.__new__(bool, 0)) if False else 0, isinstance(True, int), issubclass(bool, int))
class MyInt(int):
    pass
m = MyInt(12)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, repr(m), int(m), type(int(m)).__name__, MyInt("ff", 16))
show("huge lshift 2", lambda: (2**100) << (2**66))
show("big lshift", lambda: 1 << (2**60))
show("to_bytes 3 pos", lambda: (1).to_bytes(1, "big", True))
show("to_bytes bad kw", lambda: (1).to_bytes(x=1))
show("from_bytes 3 pos", lambda: int.from_bytes(b"", "big", 1))
show("from_bytes none", lambda: int.from_bytes())
show("int 2+kw", lambda: int("1", 2, base=3))
show("int 4", lambda: int(1, 2, 3, 4))
show("int kw only", lambda: int(x=1, y=2, z=3))
show("float 2", lambda: float(1, 2))
show("float kw", lambda: float(x=1))
show("round 3", lambda: round(1, 2, 3))
show("round kw", lambda: round(x=1))
show("round kws", lambda: round(number=1.5, ndigits=None))
show("divmod 1", lambda: divmod(1))
show("pow kw", lambda: pow(2, exp=3, mod=5))
show("pow kw2", lambda: pow(base=2, exp=3))
show("__round__ 2", lambda: (1.5).__round__(1, 2))
show("__round__ kw", lambda: (1).__round__(x=1))
show("__format__ int", lambda: (5).__format__(1))
show("format int spec", lambda: format(5, 1))
show("abs()", lambda: abs())
show("hex()", lambda: hex())
show("bin 2", lambda: bin(1, 2))
show("unicode int", lambda: int("١٢٣٤"))
show("unicode bad", lambda: int("١٢x"))
show("long unicode bad", lambda: int("é" * 300))
show("bytes bad", lambda: int(b"111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
show("float __format__ int", lambda: (1.5).__format__(1))
show("round dup", lambda: round(1.5, number=2))
show("pow dup", lambda: pow(2, 3, exp=4))
show("to_bytes dup", lambda: (1).to_bytes(1, length=2))
show("round bad+missing", lambda: round(y=1, ndigits=2))
