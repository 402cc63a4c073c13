# subclasses of bytes and bytearray: construction, methods' result types, __bytes__
class B(bytes):
    def shout(self):
        return self.upper() + b"!"
class BA(bytearray):
    def double(self):
        self.extend(self)
        return self
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        return self
    def __repr__(self):
        return "Tagged(" + bytes.__repr__(self) + ")"

b = B(b"hello")
print(type(b).__name__, b, repr(b), len(b), b.shout(), isinstance(b, bytes), issubclass(B, bytes))
print(type(b.upper()).__name__, type(b[1:]).__name__, type(b + b"x").__name__, type(b * 2).__name__, type(b * 1).__name__)
print(type(b.strip()).__name__, type(b.split()[0]).__name__, type(b.replace(b"z", b"y")).__name__, type(b.join([b"a"])).__name__)
print(type(bytes(b)).__name__, bytes(b) == b, b == b"hello", hash(b) == hash(b"hello"), b.decode(), B(3), B([65, 66]))
print(type(B.fromhex("41")).__name__, type(B(b"x").__bytes__()).__name__, type(b.__getnewargs__()[0]).__name__)
ba = BA(b"ab")
print(type(ba).__name__, ba, repr(ba), ba.double(), type(ba).__name__, type(ba.copy()).__name__, type(ba[:1]).__name__)
print(type(ba + b"x").__name__, type(ba.upper()).__name__, type(BA.fromhex("4142")).__name__, BA(3), BA("é", "utf-8"))
ba[0:1] = b"ZZ"
ba += b"!"
print(ba, type(ba).__name__, isinstance(ba, bytearray))
t = Tagged(b"data", "t1")
print(repr(t), t, type(t).__name__, t.upper())
class WithBytes:
    def __init__(self, v):
        self.v = v
    def __bytes__(self):
        return self.v
print(bytes(WithBytes(b"ok")), B(WithBytes(b"sub")), type(B(WithBytes(b"s"))).__name__)
print(bytes(WithBytes(B(b"from sub"))), type(bytes(WithBytes(B(b"x")))).__name__)
for bad in ("str", 5, None, bytearray(b"ba")):
    try:
        bytes(WithBytes(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class BytesWithDunder(bytes):
    def __bytes__(self):
        return b"overridden"
print(bytes(BytesWithDunder(b"orig")), b"%s" % BytesWithDunder(b"orig"), bytearray(BytesWithDunder(b"orig")))
# instances of subclasses take attributes
b2 = B(b"attrs")
b2.tag = "t"
ba2 = BA(b"attrs")
ba2.tag = 5
ba2.extend(b"-grown" * 20)
print(b2.tag, vars(b2), ba2.tag, vars(ba2), b2, len(ba2), b2.upper(), ba2[:8])
