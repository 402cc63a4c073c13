# big sets: algebra on thousands of ints (and tuples/strings, checked via
# sorted/len/sum), growing and shrinking across resizes, comparison chains
a = set(range(0, 10000, 2))
b = set(range(0, 10000, 3))
print(len(a | b), len(a & b), len(a - b), len(b - a), len(a ^ b), sum(a & b) % 1000003)
print((a & b) == set(range(0, 10000, 6)), (a ^ b) == (a | b) - (a & b), a - b == a - (a & b))
print(a.issuperset(set(range(0, 10000, 4))), (a & b) < a, a.isdisjoint(set(range(1, 10000, 2))))
c = set()
for i in range(20000):
    c.add(i * 7919 % 10007)
print(len(c), min(c), max(c))
for i in range(0, 10007, 2):
    c.discard(i)
print(len(c), sum(c))
for i in range(0, 10007, 3):
    c.add(i)
print(len(c), sorted(c)[:5], sorted(c)[-5:])
c.intersection_update(range(100))
print(sorted(c))
# sets of tuples and strings
t = {(i % 10, i % 7) for i in range(1000)}
print(len(t), sorted(t)[:4], (3, 3) in t, (10, 0) in t)
words = {str(i) * (i % 3 + 1) for i in range(500)}
print(len(words), sorted(words)[:5], '77' in words, '7' in words)
# symmetric difference update with large overlaps
x = set(range(5000))
x ^= set(range(2500, 7500))
print(len(x), min(x), max(x), 2500 in x, 7499 in x)
# remove everything via difference_update with a generator
y = set(range(3000))
y.difference_update(i for i in range(3000) if i % 10)
print(len(y), sorted(y)[:5])
# frozenset of a large set and back
fz = frozenset(range(4000))
print(len(fz), hash(fz) == hash(frozenset(reversed(range(4000)))), set(fz) == set(range(4000)))
# pop drains a big set completely
z = set(range(1000))
total = 0
while z:
    total += z.pop()
print(total, len(z))
# set comprehension with mixed numeric duplicates
m = {v for i in range(100) for v in (i, float(i), i + 0j)}
print(len(m), sum(1 for v in m if type(v) is int))
