# bytearray: construction, sequence protocol, mutation, operators, methods
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66, 255]), bytearray("hé", "utf-8"))
print(bytearray(range(5)), bytearray(bytearray(b"xy")), bytearray(memoryview(b"mv")), bytearray(b"it's"))
print(repr(bytearray(b'a"b')), repr(bytearray(b"a'b\"")), bytearray(b"\x00\n\t\\\x7f\x80"))
err(lambda: bytearray("abc"))
err(lambda: bytearray([256]))
err(lambda: bytearray([-1]))
err(lambda: bytearray(-1))
err(lambda: bytearray(["a"]))
err(lambda: bytearray(1.5))
err(lambda: bytearray(b"x", "utf-8"))
err(lambda: bytearray("x", "nope"))
err(lambda: hash(bytearray()))

b = bytearray(b"hello world")
print(len(b), b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], type(b[1:3]).__name__)
err(lambda: b[11])
err(lambda: b["x"])
b[0] = 72
b[-1] = ord("D")
print(b)
b[0:5] = b"HOWDY"
print(b)
b[5:6] = b"___"
print(b)
b[:3] = []
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[0]
del b[::3]
del b[1:3]
print(b)
err(lambda: b.__setitem__(0, 256))
err(lambda: b.__setitem__(0, "a"))
err(lambda: b.__setitem__(slice(None, None, 2), b"x"))
err(lambda: b.__setitem__(slice(0, 1), 5))
err(lambda: b.__setitem__(slice(0, 1), "ab"))

c = bytearray()
c.append(1)
c.append(2)
c.extend(b"ab")
c.extend([3, 4])
c.extend(bytearray(b"Z"))
c.insert(0, 9)
c.insert(-1, 8)
c.insert(100, 7)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.remove(2)
print(c)
err(lambda: c.remove(200))
err(lambda: c.append(300))
err(lambda: c.extend("str"))
err(lambda: c.extend(5))
err(lambda: bytearray().pop())
err(lambda: c.pop(50))
d = c.copy()
d.reverse()
print(c, d, d is c)
d.clear()
print(d, len(d))

x = bytearray(b"ab")
print(x + b"cd", x + bytearray(b"ef"), x * 3, 3 * x, x * 0, x * -1, type(x + b"").__name__)
y = x
y += b"++"
y *= 2
print(x, y is x)
err(lambda: x + "s")
err(lambda: x + 1)
print(x == b"ab++ab++", x == bytearray(b"ab++ab++"), b"ab++ab++" == x, x != b"", x < b"b", x > bytearray(b"a"), x == "ab++ab++")
print(97 in x, b"++" in x, bytearray(b"b+") in x, 120 in x, list(bytearray(b"xyz")), [i for i in bytearray(b"\x01\x02")])
err(lambda: 256 in x)
err(lambda: "a" in x)

t = bytearray(b"  Hello, World! Hello!  ")
print(t.find(b"Hello"), t.find(b"Hello", 3), t.rfind(b"Hello"), t.find(b"zz"), t.find(72), t.count(b"l"), t.count(b"Hello"), t.count(b""))
print(t.index(b"World"), t.rindex(b"l"), t.startswith(b"  H"), t.endswith(b"!  "), t.startswith((b"x", b" ")), t.endswith(b"!", 0, -2))
err(lambda: t.index(b"zz"))
print(t.strip(), t.lstrip(), t.rstrip(), t.strip(b" !H"), t.upper(), t.lower())
print(t.split(), t.split(b","), t.split(b"l", 2), bytearray(b"a,,b").split(b","), bytearray(b"  a b  c ").split(None, 1))
print(bytearray(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"").join([]))
err(lambda: bytearray(b"-").join([b"a", "b"]))
print(t.replace(b"Hello", b"Bye"), t.replace(b"l", b"L", 2), bytearray(b"abc").replace(b"", b"-"))
print(bytearray(b"\xde\xad\xbe\xef").hex(), bytearray.fromhex("de ad BE ef"), bytearray.fromhex(""))
err(lambda: bytearray.fromhex("zz"))
err(lambda: bytearray.fromhex("abc"))
print(bytearray(b"h\xc3\xa9").decode(), bytearray(b"abc").decode("ascii"), bytearray(b"\xff").decode("utf-8", "replace"))
err(lambda: bytearray(b"\xff").decode())
print(bytes(bytearray(b"to bytes")), str(bytearray(b"s")), bool(bytearray()), bool(bytearray(1)))
class Sub(bytearray):
    pass
s = Sub(b"sub")
print(s, type(s).__name__, len(s), s + b"!", isinstance(s, bytearray))
print(b"x" + bytearray(b"y"), b"x" + memoryview(b"z"), b"a" + b"b")
