# Default __eq__ is identity; __ne__ is derived from __eq__.
class P: pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a)
print(P.__eq__(a, a), P.__eq__(a, b), P.__ne__(a, b), object.__eq__(a, 1))
print(a.__eq__(b), a.__ne__(a), a.__lt__(b))

# defining __eq__ gives __ne__ for free
class Val:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        if not isinstance(o, Val):
            return NotImplemented
        return self.v == o.v
print(Val(1) != Val(1), Val(1) != Val(2))
print(Val(1) != 5)

# __ne__ inverts a non-bool result of __eq__ by truthiness
class Odd:
    def __eq__(self, o): return "yes"
print(Odd() != Odd(), Odd() == 1)
class Zero:
    def __eq__(self, o): return 0
print(Zero() != Zero())

# __ne__ defined alone does not affect ==
class OnlyNe:
    def __ne__(self, o): return "ne"
x = OnlyNe()
print(x == x, x == OnlyNe(), x != 1)

# __eq__ in containers
class E:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, E) and self.k == o.k
    __hash__ = object.__hash__
items = [E(1), E(2)]
print(E(2) in items, E(3) in items, items.index(E(2)), items.count(E(1)))
# identity is checked first by containers
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = Never()
print(n == n, n in [n], [n] == [n], (n,) == (n,), {n: 1}[n])
# NaN-like behaviour
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])

# __eq__ raising propagates
class Bad:
    def __eq__(self, o): raise ValueError("no comparing")
try:
    Bad() == 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    [Bad()].index(2)
except ValueError as e:
    print(type(e).__name__, e)
print(Bad() is Bad(), 1 in [Bad()] if False else "skip")
