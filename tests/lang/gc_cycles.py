# Reference cycles of every kind, dropped in a loop: the collector must
# reclaim them (a tracing GC cannot be fooled by cycles) and never free what
# is still reachable through one.
class A:
    pass

survivors = []
for i in range(3000):
    a = A(); b = A()
    a.other = b; b.other = a
    a.me = a
    l = [a, b]; l.append(l)
    d = {'self': None}; d['self'] = d
    d['l'] = l
    if i % 500 == 0:
        survivors.append(d)
print(len(survivors))
for d in survivors:
    assert d['self'] is d
    a, b, l = d['l'][0], d['l'][1], d['l'][2]
    assert a.other is b and b.other is a and a.me is a and l[2] is l
print('cycles intact')

# a ring of 10,000 instances, one reference kept
class R:
    def __init__(self, i):
        self.i = i
ring = R(0)
cur = ring
for i in range(1, 10000):
    nxt = R(i)
    cur.next = nxt
    cur = nxt
cur.next = ring
n = 0
cur = ring
while True:
    n += cur.i
    cur = cur.next
    if cur is ring:
        break
print(n)

# self-referencing containers of all types
t = ([],)
t[0].append(t)
s = {1}
fr = frozenset([t[0].__len__()])
dd = {}
dd[1] = [dd, t, s, fr]
print(dd[1][0] is dd, dd[1][1][0][0] is t, len(dd[1]))

# objects referring to their class and methods referring to instances
class Holder:
    def __init__(self):
        self.bound = self.get
    def get(self):
        return self
hs = [Holder() for _ in range(2000)]
print(all(h.bound() is h for h in hs))
