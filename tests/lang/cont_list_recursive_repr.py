# repr/str of self-referencing containers: [...], {...}, (...) through
# lists, dicts, sets-free paths and user classes
a = [1, 2]
a.append(a)
print(a, str(a), repr(a))
b = [a, a]
print(b)
c = []
c.append(c); c.append(c)
print(c)
d = {'k': 1}
d['self'] = d
print(d)
e = {'lst': []}
e['lst'].append(e)
print(e)
f = [{}]
f[0]['f'] = f
print(f)
t = ([],)
t[0].append(t)
print(t)
g = [[], []]
g[0].append(g[1])
g[1].append(g[0])
print(g)
h = [1]
h.append([h, [h]])
print(h)
# the same object twice (not recursive) prints twice
shared = [1]
print([shared, shared], {'a': shared, 'b': shared})
# user repr that returns a repr of a recursive container
class Box:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'Box(%r)' % self.items
print(Box())
class L(list):
    def __repr__(self):
        return 'L' + list.__repr__(self)
m = L([1])
m.append(m)
print(m)
# dict views and values of a recursive dict
n = {}
n[1] = n
print(n.values(), n.items(), n.keys())
# deep but finite repr
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep).count('['), len(repr(deep)))
# the recursion marker resets after the repr finishes
p = [0]
p.append(p)
print(p, p)
print(repr([p, [p]]))
