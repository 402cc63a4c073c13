# numbers of different types in sets: which object is kept, len, repr,
# algebra between int/float/bool/complex members
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 1.0, True}
print(s, len(s), type(next(iter(s))).__name__)
s = {True, 1, 1.0}
print(s)
s = {1.0, True, 1}
print(s)
z = {0, 0.0, -0.0, False, 0j}
print(z, len(z))
print({0.0, -0.0}, {-0.0, 0.0}, {1 + 0j, 1}, {2, 2.0 + 0j})
a = {1, 2, 3}
print(a & {1.0, 2.5}, a | {3.0, 4.0}, a - {True}, a ^ {1.0, 9.0})
print({1.0} | {1}, {1} | {1.0}, {True} & {1, 2}, {1, 2} & {True})
print({1.0} - {1}, {1} ^ {True}, {True, 2} == {1, 2.0})
print(1.0 in a, True in a, 1 + 0j in a, 2.5 in a, '1' in a)
b = {2 ** 64, 2.0 ** 64, 2 ** 64 + 1}
print(len(b), sorted(b))
c = set()
for x in [3, 3.0, 3 + 0j, 6 / 2, 9 ** 0.5]:
    c.add(x)
print(c)
c.discard(3.0)
print(c)
c.add(3.0)
print(c, type(list(c)[0]).__name__)
nan = float('nan')
n = {nan, nan, float('nan')}
print(len(n), nan in n, float('nan') in n)
inf = float('inf')
print({inf, float('inf'), 1e400}, {-inf, inf} == {float('-inf'), float('inf')})
print(sorted({1, 2.5, True, -1, 0.0, 2 ** 70, -2.5e10}))
show(lambda: sorted({1, 1j}))
show(lambda: sorted([1, 'a']))
print(sum({1, 2, 3.5}), max({1, 2.0, True}), min({-1, -1.0}), type(min({-1, -1.0})).__name__)
# frozensets of mixed numbers compare equal
print(frozenset({1, 2}) == frozenset({1.0, 2.0}), frozenset({True}) == {1})
print(hash(frozenset({1, 2})) == hash(frozenset({True, 2.0})))
