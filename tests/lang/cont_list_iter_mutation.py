# iterating a list while it changes: appends, inserts, deletes,
# slice assignment, sort inside the loop; the iterator sees the live list
out = []
a = [1, 2, 3]
for x in a:
    out.append(x)
    if x == 1 and len(a) < 5:
        a.insert(0, 0)
print(out, a)
out = []
b = [1, 2, 3, 4, 5]
for x in b:
    out.append(x)
    if x == 2:
        b.remove(x)
print(out, b)
out = []
c = list(range(6))
for x in c:
    out.append(x)
    c[:] = c[:3]
print(out, c)
out = []
d = [3, 1, 2]
for x in d:
    out.append(x)
    d.sort()
print(out, d)
out = []
e = [1, 2, 3]
for i, x in enumerate(e):
    out.append((i, x))
    if i == 0:
        e.reverse()
print(out)
# removing every element during iteration skips half
f = list(range(10))
for x in f:
    f.remove(x)
print(f)
# iterating a copy is safe
g = list(range(5))
for x in g[:]:
    if x % 2:
        g.remove(x)
print(g)
# a comprehension over a list that the comprehension's condition grows
h = [1, 2]
res = [x for x in h if len(h) < 8 and h.append(x * 10) is None]
print(res, h)
# zip over a list and itself while popping
k = [1, 2, 3, 4, 5, 6]
print([(p, q) for p, q in zip(k, k)])
m = [1, 2, 3, 4, 5, 6]
pairs = []
for p in m:
    pairs.append((p, m.pop()))
print(pairs, m)
# an iterator obtained before a clear() stops; a new one sees new items
n = [1, 2, 3]
it = iter(n)
next(it)
n.clear()
n.extend('ab')
print(list(it), list(iter(n)))
# index assignment during iteration is visible
q = [1, 2, 3]
seen = []
for i, x in enumerate(q):
    seen.append(x)
    if i + 1 < len(q):
        q[i + 1] = x * 100
print(seen)
