# Every augmented operator, in-place versus rebinding, and the fallback
# from __iXX__ to __XX__ to __rXX__.
x = 7
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0b1011; print(x)
x |= 0b10000; print(x)
x ^= 0b111; print(x)
x /= 4; print(x)
f = 2.5
f **= 2; print(f)
f //= 2; print(f)
f %= 1.5; print(f)

l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)
st = {1, 2}
sa = st
st |= {3}
st &= {1, 3, 5}
st ^= {5}
st -= {1}
print(sorted(st), sa is st)

class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * 10 + o.v)
    def __repr__(self):
        return "M(%r)" % self.v
m = M(1)
m @= M(2)
print(m)

class OnlyAdd:
    def __add__(self, o):
        return "add %r" % (o,)
class OnlyRadd:
    def __radd__(self, o):
        return "radd %r" % (o,)
class IaddNotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
a = OnlyAdd(); a += 1; print(a)
b = 5; b += OnlyRadd(); print(b)
c = IaddNotImpl(); c += 1; print(c)

def err(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, e)

def e1():
    v = 1
    v += "a"
def e2():
    v = "a"
    v -= "b"
def e3():
    v = [1]
    v *= 2.0
def e4():
    v = None
    v @= 3
def e5():
    v = {1}
    v |= [2]
def e6():
    v = 2
    v **= "x"
for fn in (e1, e2, e3, e4, e5, e6):
    err(fn.__name__, fn)
