# Rich comparisons: reflection (< with >, <= with >=, == with ==).
log = []
class T:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def make(op):
    def f(self, other):
        log.append(f"{self.name}.{op}({other!r})")
        return NotImplemented
    return f
for op in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
    setattr(T, op, make(op))

a, b = T("a"), T("b")
for expr, fn in [("a < b", lambda: a < b), ("a <= b", lambda: a <= b),
                 ("a > b", lambda: a > b), ("a >= b", lambda: a >= b)]:
    try:
        fn()
    except TypeError as e:
        print(expr, type(e).__name__, e)
    print("  ", log)
    log.clear()
print(a == b, log); log.clear()
print(a != b, log); log.clear()
print(a == a, a != a, log); log.clear()

# comparison against builtins
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o
    def __gt__(self, o): return self.v > o
    def __eq__(self, o): return self.v == o
print(Num(1) < 2, 2 > Num(1), 2 < Num(1), Num(3) == 3, 3 == Num(3), 3 != Num(3))

# sorting uses __lt__ only
class Key:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"K{self.k}"
print(sorted([Key(3), Key(1), Key(2)]), min(Key(5), Key(4)), max([Key(1), Key(9)]))
class OnlyGt:
    def __init__(self, k): self.k = k
    def __gt__(self, o): return self.k > o.k
    def __repr__(self): return f"G{self.k}"
print(sorted([OnlyGt(2), OnlyGt(1)]))     # a < b -> b > a
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, e)

# chained comparisons call each once
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))

# comparison results need not be bools
class Vec:
    def __init__(self, *xs): self.xs = xs
    def __lt__(self, o): return [x < y for x, y in zip(self.xs, o.xs)]
    def __eq__(self, o): return "eq-result"
print(Vec(1, 5) < Vec(2, 3), Vec() == Vec())
try:
    if Vec(1) == Vec(1) and Vec() < Vec(): print("truthy")
except TypeError as e:
    print(type(e).__name__, e)
