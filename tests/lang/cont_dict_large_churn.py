# many inserts, deletes and re-inserts on dicts, checked against an
# association-list model; order, len, get and popitem stay correct through
# many table rebuilds
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

r = lcg(3)
d = {}
model_keys = []
model = {}
mismatch = 0
for step in range(6000):
    k = next(r) % 300
    op = next(r) % 4
    if op < 2:
        if k not in model:
            model_keys.append(k)
        model[k] = step
        d[k] = step
    elif op == 2:
        if k in model:
            model_keys.remove(k)
            del model[k]
        d.pop(k, None)
    else:
        if d.get(k) != model.get(k):
            mismatch += 1
    if step % 1000 == 999:
        print(step, len(d), list(d) == model_keys, mismatch)
print(list(d)[:5], list(d.values())[:5])
# popitem follows insertion order from the end
last = [d.popitem() for _ in range(5)]
print(last, [k for k in model_keys[-5:]][::-1] == [k for k, _ in last])
# string keys with the same structure
s = {}
for i in range(3000):
    s['k%d' % (i % 700)] = i
    if i % 5 == 0:
        s.pop('k%d' % ((i * 3) % 700), None)
print(len(s), sum(s.values()), list(s)[:3])
# a dict shrinking to empty and growing again keeps working
g = {i: i for i in range(1000)}
for i in range(1000):
    del g[i]
print(len(g), g)
g.update((i, -i) for i in range(10))
print(g)
# keys with colliding hashes
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K%d' % self.v
c = {}
for i in range(200):
    c[K(i)] = i
for i in range(0, 200, 3):
    del c[K(i)]
print(len(c), c[K(199)], K(3) in c, K(4) in c, list(c)[:4])
