# aliasing and shallow copies: [[]]*n, slicing/list()/copy()/dict()
# copies, nested mutation visibility, + vs += with aliases
a = [[]] * 3
a[0].append(1)
print(a, a[0] is a[2])
b = [[] for _ in range(3)]
b[0].append(1)
print(b)
src = [1, [2, 3], {'k': [4]}]
copies = [src[:], list(src), src.copy(), [*src], list(iter(src)), src * 1]
src[1].append('shared')
src[2]['k'].append('shared')
src[0] = 'not shared'
for c in copies:
    print(c)
print(all(c[1] is src[1] for c in copies), any(c is src for c in copies))
d = {'x': [1], 'y': {'z': 0}}
dc = [d.copy(), dict(d), {**d}, dict(d.items()), {k: v for k, v in d.items()}]
d['x'].append(2)
d['y']['z'] = 1
d['new'] = 'only in d'
for c in dc:
    print(c)
s = {1, 2}
t = s
s |= {3}
u = s
s = s | {4}
print(t, u, s, t is u, s is t)
x = [1]
y = x
x = x + [2]
print(x, y)
x = y
x += [3]
print(x, y, x is y)
tup = ([1], 2)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(tup)
# a list containing itself through a copy
r = [1]
r.append(r[:])
r[1].append(r)
print(r)
# nested comprehension copy is one level deep
grid = [[0] * 2 for _ in range(2)]
g2 = [row[:] for row in grid]
g3 = grid[:]
grid[0][0] = 9
print(g2, g3)
# default argument aliasing across calls
def add(x, acc=[]):
    acc.append(x)
    return acc
print(add(1), add(2), add(3, []), add(4))
# dict.fromkeys with a mutable value and dict comprehension without aliasing
fk = dict.fromkeys('ab', [])
fk['a'].append(1)
dcomp = {k: [] for k in 'ab'}
dcomp['a'].append(1)
print(fk, dcomp)
# slice assignment with aliased sublists
m = [[1], [2]]
m[0:1] = [m[1]] * 2
m[0].append('via alias')
print(m)
