# augmented assignment on numbers: immutability (aliases unaffected),
# fallbacks from __iadd__ to __add__ to __radd__, NotImplemented chains,
# in-place operators on attributes, subscripts and globals.
a = 10**20
b = a
a += 1
print(a - b, b == 10**20)
x = 2.5
y = x
x *= 2
print(x, y)
class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(("iadd", o))
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub %r" % (o,)
    def __rmul__(self, o):
        return "rmul %r" % (o,)
acc = Acc()
alias = acc
acc += 1
acc += 2.5
print(acc.log, alias is acc)
acc -= 3
print(acc)
n = 3
n *= Acc()
print(n)
class Cell:
    pass
c = Cell()
c.v = 7
c.v //= 2
c.v **= 3
c.v %= 10
c.v <<= 70
c.v >>= 68
c.v |= 1
c.v ^= 0xF0
c.v &= 0xFF
print(c.v)
d = {"k": 1.5}
d["k"] -= 0.25
d["k"] /= 0.5
lst = [1, 2**65]
lst[1] //= 3
lst[0] -= True
lst[-1] += 1j
print(d, lst)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for i in range(5):
    bump()
print(counter)
def outer():
    total = 0
    def inner(v):
        nonlocal total
        total += v
    for v in [1, 2.5, 3j]:
        inner(v)
    return total
print(outer())
def errs():
    z = 1
    try:
        z += "a"
    except TypeError as e:
        print(e)
    try:
        z /= 0
    except ZeroDivisionError as e:
        print(e)
    try:
        z **= -1.5j
        print(z)
        z //= 1j
    except TypeError as e:
        print(e)
    z = 5
    try:
        z @= 2
    except TypeError as e:
        print(e)
    print(z)
errs()
class OnlyAdd:
    def __add__(self, o):
        return "add %r" % (o,)
oa = OnlyAdd()
oa += 5
print(oa)
class RAdd:
    def __radd__(self, o):
        return "radd %r" % (o,)
v = 1.5
v += RAdd()
print(v)
