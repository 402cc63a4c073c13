# Starred assignment targets in every position, nesting and with iterables.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (9, 8)
print(everything)
[*lst] = "ab"
print(lst)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
print(type(b), type(c))

# starred target always builds a list
x, *y = (1,)
print(y, type(y).__name__)
*y, = {}
print(y)

for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)

# star into attribute and subscript
class O:
    pass
o = O()
d = {}
o.h, *d["t"] = [10, 20, 30]
print(o.h, d)

# generator on the right
def gen():
    for i in range(5):
        print("yield", i)
        yield i
p, *q, r = gen()
print(p, q, r)

# starred in expression context
t = *range(3), *"ab"
print(t)
l = [*t, *[1], 0]
print(l)
s = {*"aba"}
print(sorted(s))
m = {**{"a": 1}, "b": 2, **dict(c=3)}
print(m)
print(*[1, 2], *(3,), sep="-")
