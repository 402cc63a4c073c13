# Tuple and list unpacking targets: nesting, swaps, every target kind.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = [3, 4], 5
print(e, f, g)
[h, (i, [j, k])] = (6, (7, (8, 9)))
print(h, i, j, k)
x, = [10]
print(x)
[y] = (11,)
print(y)
() = []
[] = ()
print("empty targets ok")

class Box:
    pass

box = Box()
lst = [0, 0, 0]
dct = {}
box.p, lst[1], dct["k"] = "attr", "item", "key"
print(box.p, lst, dct)
lst[0:2], box.q = ["s", "t", "u"], 42
print(lst, box.q)

# unpacking from various iterables
p, q, r = range(3)
print(p, q, r)
p, q = {"one": 1, "two": 2}
print(p, q)
p, q = (n * n for n in (3, 4))
print(p, q)
k1, k2 = {"a": 1, "b": 2}.items()
print(k1, k2)

# a for-loop target is an assignment target too
for (m, n), o in [((1, 2), 3), ((4, 5), 6)]:
    print(m, n, o)
for box.loop in range(2):
    pass
print(box.loop)
for lst[2] in "ab":
    pass
print(lst)

# the same name twice: last wins
z, z = 1, 2
print(z)
w = [0, 0]
i = 0
i, w[i] = 1, 5
print(i, w)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

u, v, t = Seq(3)
print(u, v, t)

class It:
    def __iter__(self):
        print("iter called")
        return iter([7, 8])

s1, s2 = It()
print(s1, s2)
