# The collector under churn: large lists, dicts, sets and nested structures
# built and dropped in loops; what is kept must stay intact.
keep = []
total = 0
for round in range(3):
    big = [i * 3 for i in range(8000)]
    d = {i: str(i) for i in range(3000)}
    s = {i * 7 for i in range(3000)}
    nested = [[j, (j, str(j)), {'k': j}] for j in range(2000)]
    total += sum(big) + len(d) + len(s) + len(nested)
    total += sum(x[0] + x[1][0] + x[2]['k'] for x in nested)
    keep.append((big[-1], d[2999], nested[1999][1][1], max(s)))
    del big, d, s, nested
print(total)
print(keep)

# a dict that grows and shrinks many times, its keys short-lived strings
d = {}
for i in range(10000):
    d['key%d' % i] = [i]
    if i % 3 == 0 and 'key%d' % (i // 2) in d:
        del d['key%d' % (i // 2)]
print(len(d), d['key9999'], sum(v[0] for v in d.values()) % 1000003)

# deep nesting kept alive while garbage is made around it
deep = None
for i in range(5000):
    deep = (i, [deep], {'n': i})
n = 0
node = deep
while node is not None:
    n += node[2]['n']
    node = node[1][0]
print(n)

# tuples of tuples, frozensets, sorted copies
rows = [tuple(range(i % 17)) for i in range(3000)]
fs = frozenset(rows)
print(len(fs), sum(len(r) for r in rows), sorted(fs, key=len)[-1])
words = sorted(('w%05d' % (i * 7919 % 10007) for i in range(5000)), reverse=True)
print(words[:3], words[-3:])
