# bytearray += and *= mutate in place; bytes rebind
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"ef")
a += memoryview(b"gh")
print(a, alias is a)
a *= 2
print(a, alias is a, len(alias))
a *= 1
print(alias is a)
a *= 0
print(a, alias is a)
a = bytearray(b"xy")
a *= -3
print(a)
c = b"ab"
d = c
c += b"cd"
c *= 2
print(c, d, c is d)
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
t(lambda: iadd(bytearray(b"a"), "s"))
t(lambda: iadd(bytearray(b"a"), 1))
t(lambda: iadd(bytearray(b"a"), [1]))
t(lambda: imul(bytearray(b"a"), "2"))
t(lambda: imul(bytearray(b"a"), 2.0))
t(lambda: imul(bytearray(b"a"), 2 ** 80))
class Idx:
    def __index__(self):
        return 3
t(lambda: imul(bytearray(b"ab"), Idx()))
t(lambda: iadd(b"a", bytearray(b"b")))
t(lambda: iadd(b"a", "b"))
s = bytearray(b"self")
t(lambda: iadd(s, s))
print(s)
e = bytearray()
t(lambda: iadd(e, e))
buf = bytearray()
for i in range(20):
    buf += b"%d," % i
print(buf, len(buf))
