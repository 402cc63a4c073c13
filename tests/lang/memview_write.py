# writing through a memoryview changes the bytearray; read-only views refuse
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"hello world")
m = memoryview(ba)
m[0] = ord("J")
m[-1] = 68
m[6:11] = b"WORLD"
print(ba)
m[::2] = b"xxxxxx"
print(ba)
m[1:4] = bytearray(b"123")
m[4:6] = memoryview(b"ab")
print(ba)
m[5:8][1] = ord("!")
print(ba)
sub = m[2:9]
sub[0] = ord("<")
sub[-1] = ord(">")
print(ba, sub.tobytes())
m[0:3] = m[3:6]
print(ba)
m[1:6] = m[0:5]
print(ba)
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(0, -1))
t(lambda: m.__setitem__(0, b"a"))
t(lambda: m.__setitem__(0, "a"))
t(lambda: m.__setitem__(0, 1.0))
t(lambda: m.__setitem__(20, 1))
t(lambda: m.__setitem__(slice(0, 2), b"abc"))
t(lambda: m.__setitem__(slice(0, 2), "ab"))
t(lambda: m.__setitem__(slice(0, 2), [1, 2]))
t(lambda: m.__setitem__(slice(None, None, 2), b"ab"))
t(lambda: m.__delitem__(0))
t(lambda: m.__delitem__(slice(0, 1)))
ro = memoryview(b"immutable")
t(lambda: ro.__setitem__(0, 1))
t(lambda: ro.__setitem__(slice(0, 1), b"x"))
r2 = memoryview(ba).toreadonly()
t(lambda: r2.__setitem__(0, 1))
print(r2.readonly, m.readonly, r2.tobytes() == ba)
h = memoryview(ba).cast("c")
h[0] = b"Z"
t(lambda: h.__setitem__(1, 65))
t(lambda: h.__setitem__(1, b"ab"))
print(ba)
class Idx:
    def __index__(self):
        return 66
m[Idx()] = Idx()
print(ba[66 % len(ba)] if False else ba)
