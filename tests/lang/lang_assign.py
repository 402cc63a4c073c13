# Assignment forms, unpacking, augmented assignment, del, annotations.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)
x = y = z = [0]
x.append(1)
print(x is y is z, z)
d = {}
d["k"] = 1
d["k"] += 10
print(d)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
del lst[0], lst[-1]
print(lst)
class O:
    pass
o = O()
o.v = 1
o.v *= 5
o.w: int = 3
print(o.v, o.w)
del o.v
print(hasattr(o, "v"))
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1, 2)
t += (3,)
print(t)
counts: dict = {}
print(__annotations__)
class A:
    x: int = 1
    y: "str"
    def f(self, a: int, *args: str, b: float = 1.0, **kw: bool) -> None:
        v: int = 5
print(A.__annotations__, A.f.__annotations__)
def g(a, b=2, *c, d, e=5, **f):
    return a, b, c, d, e, f
print(g(1, d=4), g(1, 2, 3, d=4, e=6, z=7))
print(g(*[1, 2, 3], **{"d": 4}))
def h(a, /, b, *, c):
    return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
print(f"{a!r:>5}|{s:.3}|{3.14159:{'.2f'}}|{'x'!a}|{{braces}}|{n=}")
big = 2 ** 100
print(big, -big, 10 ** 20, "xy" * 3, (1, (2, 3)), -1, ~5, +7)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*(1, 2), 3}, (*[1], 2))
print(print.__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def outer():
    def inner():
        pass
    class Local:
        def m(self):
            pass
    return inner.__qualname__, Local.__qualname__, Local.m.__qualname__
print(outer())
def doc():
    "the docstring"
    return 1
print(doc.__doc__, outer.__doc__)
