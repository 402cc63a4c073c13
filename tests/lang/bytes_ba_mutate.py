# bytearray's list-like mutators: append, extend, insert, pop, remove, reverse, clear, copy
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray()
for i in range(5):
    b.append(97 + i)
print(b, len(b))
b.extend(b"XY")
b.extend(bytearray(b"Z"))
b.extend(memoryview(b"!?"))
b.extend([1, 2])
b.extend(range(3, 5))
b.extend(iter([6]))
b.extend(x for x in [7, 8])
b.extend(())
print(b)
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
b.insert(-100, 51)
print(b)
print(b.pop(), b.pop(0), b.pop(-1), b.pop(2), b)
b.remove(ord("X"))
b.remove(1)
print(b)
b.reverse()
print(b)
c = b.copy()
c.append(0)
print(c == b, len(c) - len(b), type(c).__name__, c is b)
b.clear()
print(b, len(b), c[:3])
class Idx:
    def __index__(self):
        return 65
e = bytearray()
e.append(Idx())
e.append(True)
e.insert(0, Idx())
print(e)
t(lambda: e.append(256))
t(lambda: e.append(-1))
t(lambda: e.append("a"))
t(lambda: e.append(b"a"))
t(lambda: e.append(1.0))
t(lambda: e.append())
t(lambda: e.extend(5))
t(lambda: e.extend(None))
t(lambda: e.extend("str"))
t(lambda: e.extend([1, 300]))
t(lambda: e.extend([1, "x"]))
t(lambda: e.insert(0))
t(lambda: e.insert("0", 1))
t(lambda: e.insert(0, 999))
t(lambda: e.pop(10))
t(lambda: e.pop("x"))
t(lambda: e.pop(1, 2))
t(lambda: bytearray().pop())
t(lambda: e.remove(200))
t(lambda: e.remove(b"A"))
t(lambda: e.remove(300))
t(lambda: e.reverse(1))
t(lambda: e.clear(1))
t(lambda: e.copy(1))
print(e)
def failing():
    yield 1
    yield 2
    raise RuntimeError("mid-extend")
f = bytearray(b"keep")
t(lambda: f.extend(failing()))
print(f)
g = bytearray(b"ab")
g.extend(g)
print(g)
stack = bytearray()
for ch in b"push these bytes":
    if ch == 32:
        stack.pop()
    else:
        stack.append(ch)
print(stack)
# huge ints are simply out of range for a byte; huge positions do not fit an index
h = bytearray(b"ab")
for f in [lambda: h.append(2 ** 70), lambda: h.insert(0, -2 ** 70), lambda: h.remove(2 ** 70),
          lambda: h.__setitem__(0, 2 ** 70), lambda: h.extend([2 ** 70]), lambda: h.pop(2 ** 70),
          lambda: h.insert(2 ** 70, 1)]:
    t(f)
print(h)
