# Chained comparisons: each operand evaluated once, short-circuit, non-bool
# results, and mixes of operators.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(3) < v(2) < v(4), log)
log.clear()
print(v(5) > v(1) == v(1) != v(2) >= v(0) <= v(9), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()

x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 > 1 < 2)
print(1 in [1, 2] in [[1, 2]], "a" not in "bcd" is not False)
print(None is None is not False)

# non-bool results: the last comparison's object, or the first false one
class R:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __lt__(self, other):
        log.append("%s<%s" % (self.name, other.name))
        return self.result
a, b, c = R("a", "truthy"), R("b", ""), R("c", [1])
print(repr(a < c), repr(a < b < c), repr(a < c < b))
print(log)
log.clear()

# the middle operand is evaluated once even when it has side effects
class Counter:
    n = 0
def mid():
    Counter.n += 1
    return Counter.n
print(0 < mid() < 5, Counter.n)

# chained comparison in conditions and comprehensions
vals = [n for n in range(20) if 3 <= n < 7 or 15 < n <= 17]
print(vals)
if 0 <= len(vals) <= 10 != 11:
    print("chained in if")
while 0 < Counter.n < 3:
    Counter.n += 1
print(Counter.n)

# an exception in a later comparison stops the chain
def boom():
    raise ValueError("evaluated")
try:
    print(1 < 2 < boom())
except ValueError as e:
    print("raised", e)
print(2 < 1 < boom())

# comparisons of incompatible types inside a chain
try:
    print(1 < 2 < "3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] < {})
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0)
