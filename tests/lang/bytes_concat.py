# + and * with bytes, bytearray and memoryview operands
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b, ba, mv = b"ab", bytearray(b"cd"), memoryview(b"ef")
t(lambda: b + b)
t(lambda: b + ba)
t(lambda: ba + b)
t(lambda: b + mv)
t(lambda: ba + mv)
t(lambda: ba + ba)
t(lambda: b + b"")
t(lambda: b"" + ba)
t(lambda: b + memoryview(b"abcdef")[1:3])
t(lambda: b + memoryview(b"abcdef")[::2])
t(lambda: mv + b)
t(lambda: b + "str")
t(lambda: "str" + b)
t(lambda: ba + "str")
t(lambda: b + 1)
t(lambda: ba + None)
t(lambda: [1] + ba)
t(lambda: b * 3)
t(lambda: 3 * b)
t(lambda: ba * 2)
t(lambda: 2 * ba)
t(lambda: b * 0)
t(lambda: b * -5)
t(lambda: ba * -1)
t(lambda: b * True)
t(lambda: b * 2.0)
t(lambda: ba * "2")
t(lambda: b * b)
t(lambda: mv * 2)
t(lambda: b * (2 ** 80))
class Idx:
    def __index__(self):
        return 2
t(lambda: b * Idx())
t(lambda: Idx() * ba)
class Radd:
    def __radd__(self, other):
        return "radd got " + repr(other)
    def __rmul__(self, other):
        return "rmul got " + repr(other)
t(lambda: b + Radd())
t(lambda: ba + Radd())
t(lambda: b * Radd())
s = b""
for i in range(5):
    s += bytes([65 + i])
print(s, s * 2 + s[::-1])
x = b"xy"
y = x
x += b"z"
print(x, y, x is y)
