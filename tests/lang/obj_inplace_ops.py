# In-place operators: __iadd__ and friends, fallback to the binary op.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 2
print(a, a is orig)
b = a + 3
print(b, b is a)

# only __add__: += builds a new object
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __repr__(self): return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__
class Shy:
    def __iadd__(self, o):
        print("Shy.__iadd__")
        return NotImplemented
    def __add__(self, o):
        print("Shy.__add__")
        return NotImplemented
class Other:
    def __radd__(self, o):
        print("Other.__radd__")
        return "radd result"
s = Shy()
s += Other()
print(s)
s2 = Shy()
try:
    s2 += 1
except TypeError as e:
    print(type(e).__name__, e)

# every in-place operator
class All:
    def __init__(self): self.log = []
for op in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
           "lshift", "rshift", "and", "or", "xor"]:
    def make(op):
        def f(self, o):
            self.log.append(op)
            return self
        return f
    setattr(All, f"__i{op}__", make(op))
z = All()
z += 1; z -= 1; z *= 1; z @= 1; z /= 1; z //= 1; z %= 1; z **= 1
z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1
print(z.log)

# __iadd__ returning something else rebinds the name
class Weird:
    def __iadd__(self, o): return "replaced"
w = Weird()
w += 1
print(w)

# in-place on attributes and subscripts calls __iadd__ then stores
class Holder:
    def __init__(self): self.item = Acc(0)
h = Holder()
h.item += 1
print(h.item)
d = {"k": Acc(10)}
d["k"] += 1
print(d["k"])

# lists: += extends in place, + builds a new list
l = [1]
m = l
l += [2]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
try:
    l += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t += [1]
except TypeError as e:
    print(type(e).__name__, e)
