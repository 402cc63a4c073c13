class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived())
print(Derived() + Base())
print(1 + Derived())
class L:
    def __eq__(self, o):
        print("L.eq")
        return NotImplemented
class R(L):
    def __eq__(self, o):
        print("R.eq")
        return NotImplemented
print(L() == R())
print(R() == L())
class Lt:
    def __lt__(self, o):
        return "lt"
    def __gt__(self, o):
        return "gt"
print(Lt() < 1, 1 < Lt(), Lt() > 1, 1 > Lt())
class NE:
    def __eq__(self, o):
        return "eq-result"
print(NE() != 1, NE() == 1)
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o): return Num(o - self.v)
    def __truediv__(self, o): return self.v / o
    def __floordiv__(self, o): return self.v // o
    def __mod__(self, o): return self.v % o
    def __pow__(self, o, m=None): return ("pow", self.v, o, m)
    def __rpow__(self, o): return ("rpow", o, self.v)
    def __lshift__(self, o): return self.v << o
    def __and__(self, o): return self.v & o
    def __or__(self, o): return self.v | o
    def __xor__(self, o): return self.v ^ o
    def __invert__(self): return ~self.v
    def __pos__(self): return +self.v
    def __matmul__(self, o): return "matmul"
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(10)
print(n - 3, 20 - n, n - Num(1), n / 4, n // 3, n % 3, n ** 2, pow(n, 2, 5), 2 ** n)
print(n << 1, n & 6, n | 1, n ^ 3, ~n, +n, n @ n, int(n), float(n))
try:
    n >> 1
except TypeError as e:
    print("TypeError:", e)
try:
    -n
except TypeError as e:
    print("TypeError:", e)
x = Num(5)
x -= 2
print(x)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imul__(self, o):
        return NotImplemented
a = Acc()
a += 1
a += 2
print(a.items)
try:
    a *= 2
except TypeError as e:
    print("TypeError:", e)
class Cont:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class Cls:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, sorted(kw.items()))
c = Cls()
print(c(1, 2, a=3), c(), c.calls, callable(c), callable(Cls), callable(1))
class HashMe:
    def __init__(self, k): self.k = k
    def __hash__(self): return self.k
    def __eq__(self, o): return self.k == o.k
d = {HashMe(1): "a", HashMe(2): "b"}
print(d[HashMe(2)], hash(HashMe(-1)), hash(HashMe(7)))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Child(HashMe):
    pass
print(hash(Child(5)))
class EqOnlyChild(HashMe):
    def __eq__(self, o): return False
try:
    hash(EqOnlyChild(1))
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Truthy()), "yes" if Truthy() else "no")
class BadBool:
    def __bool__(self): return "x"
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class ReprOnly:
    def __repr__(self): return "R!"
print(str(ReprOnly()), f"{ReprOnly()}", [ReprOnly()], "%s %r" % (ReprOnly(), ReprOnly()))
class StrOnly:
    def __str__(self): return "S!"
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object"))
