# numbers in boolean contexts: and/or return operands, not, if/while on
# zeros of every type (-0.0, 0j, nan), big ints, filter/any/all, and
# subclasses overriding __bool__.
vals = [0, 1, -1, 2**100, -(2**100), 0.0, -0.0, 1e-320, float("nan"), float("inf"), 0j, complex(0, -0.0), 1j,
        complex(float("nan"), 0), True, False]
for v in vals:
    print(repr(v), bool(v), not v, repr(v and "yes"), repr(v or "no"), "T" if v else "F", repr(v and v or 7))
print(repr(0 or 0.0 or 0j or False), repr(1 and 2.5 and 3j), repr(0 and 1 / 0), repr(1 or 1 / 0), repr(not 0.0 and not 0j))
print(list(filter(None, vals)), any([0, 0.0, 0j]), any([0, -0.0, 1e-300]), all([1, 2**100, -0.5, 1j]), all([1, 0j]))
n = 5
steps = []
while n:
    steps.append(n)
    n //= 2
print(steps)
x = 1.0
count = 0
while x:
    x /= 2
    count += 1
print(count, x)
class Falsy(int):
    def __bool__(self):
        return False
class Truthy(float):
    def __bool__(self):
        return True
print(bool(Falsy(5)), bool(Truthy(0.0)), Falsy(5) or "alt", Truthy(0.0) and "and", not Falsy(1), int(Falsy(5)))
class Lenny(int):
    def __len__(self):
        return 0
print(bool(Lenny(3)), bool(Lenny(0)))
class BadBool(float):
    def __bool__(self):
        return 1
try:
    bool(BadBool(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool(0):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vals[:8], key=bool), [v for v in range(-3, 4) if v], sum(1 for v in vals if v), (0).__bool__(), (0.0).__bool__(), (0j).__bool__())
print(1 if 2**64 - 2**64 else 0, 1 if float("-0") else 0, 1 if -(2**63) else 0, [i for i in (0, 0.0, 0j, False, -0.0) if not i])
