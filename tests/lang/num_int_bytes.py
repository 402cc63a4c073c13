# int.to_bytes and int.from_bytes: byte orders, signed, defaults, lengths,
# iterables of ints, subclasses, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, 127, 128, 255, 256, 65535, 2**63, 2**64 - 1]:
    n = max(1, (v.bit_length() + 7) // 8)
    print(v, v.to_bytes(n, "big"), v.to_bytes(n + 1, "little"), v.to_bytes(n + 1, "big", signed=True))
for v in [-1, -128, -129, -256, -32768, -32769, -(2**63), -(2**100)]:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, "big", signed=True)
    print(v, b, v.to_bytes(n, "little", signed=True), int.from_bytes(b, "big", signed=True))
# defaults: length=1, byteorder='big' (3.11)
print((5).to_bytes(), (255).to_bytes(), int.from_bytes(b"\x01\x02"), (0).to_bytes(0, "big"), int.from_bytes(b""))
print((1).to_bytes(length=3, byteorder="little"), (1).to_bytes(2, byteorder="big", signed=False))
for data in [b"", b"\x00", b"\x7f", b"\x80", b"\xff", b"\x00\x01", b"\x01\x00", b"\xff\xfe", b"\x80" + b"\x00" * 20]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255, 0), "little"), int.from_bytes(bytearray(b"\x10"), "big"))
print(int.from_bytes(iter([0, 1]), "big"), int.from_bytes(memoryview(b"\x02\x00"), "little"))
big = 3**400
b = big.to_bytes(80, "little")
print(len(b), int.from_bytes(b, "little") == big, (-big).to_bytes(80, "big", signed=True)[:4])
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x00", "big")
print(r, type(r).__name__)
class Weird(int):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)
print(Weird.from_bytes(b"\x05", "big"), type(Weird.from_bytes(b"\x05", "big")).__name__)
show("overflow", lambda: (256).to_bytes(1, "big"))
show("negative unsigned", lambda: (-1).to_bytes(2, "big"))
show("signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
show("signed neg overflow", lambda: (-129).to_bytes(1, "big", signed=True))
show("negative length", lambda: (1).to_bytes(-1, "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("bad order type", lambda: (1).to_bytes(1, 5))
show("from bad order", lambda: int.from_bytes(b"\x01", "Big"))
show("from str", lambda: int.from_bytes("ab", "big"))
show("from big list", lambda: int.from_bytes([256], "big"))
show("from neg list", lambda: int.from_bytes([-1], "big"))
show("from int", lambda: int.from_bytes(5, "big"))
show("length float", lambda: (1).to_bytes(1.0, "big"))
show("zero length nonzero", lambda: (1).to_bytes(0, "big"))
show("too many", lambda: (1).to_bytes(1, "big", True))
show("bad kw", lambda: (1).to_bytes(1, "big", sign=True))
show("from too many", lambda: int.from_bytes(b"", "big", False))
print((0).to_bytes(0, "little", signed=True), (-1).to_bytes(1, "little", signed=True), True.to_bytes(1, "big"))
show("from order None", lambda: int.from_bytes(b"\x01", None))
show("to order None", lambda: (1).to_bytes(1, None))
show("from order int", lambda: int.from_bytes(b"\x01", 5))
show("kw names", lambda: int.from_bytes(bytes=b"\x01\x02", byteorder="little", signed=True))
show("to kw", lambda: (300).to_bytes(length=2, byteorder="little"))
