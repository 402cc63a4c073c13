# containers, miscellany: re-initialisation, subclasses overriding hooks,
# huge indices clamped, key errors mid-sort, reversed and step slicing
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
def k(x):
    if x == 2:
        raise KeyError(x)
    return x
show(lambda: l.sort(key=k))
print(l)
show(lambda: [1, 'a', 2.5].sort(key=lambda x: x))
print(sorted([3, 1, 2], key=lambda x: [x]), sorted([(1, 'b'), (1, 'a')], reverse=True))
big = 10 ** 30
print([1, 2, 3, 2].index(2, -big, big), [1, 2, 3].index(3, 2, big), (1, 2).index(2, -big))
show(lambda: [1, 2].index(2, big))
m = list(range(10))
m[8:2:-2] = 'abc'; print(m)
m[5:2] = ['X', 'Y']; print(m)
del m[:]; print(m)
m[:] = range(3); m[-1:] = []; print(m)
m[len(m):] = [7]; print(m)
s = {1, 2}; s.__init__([5]); print(s)
d = {1: 2}; d.__init__(a=1); print(d)
d.__init__([(3, 4)]); print(d)
t = tuple.__new__(tuple, [1, 2]); print(t)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return 'T' + tuple.__repr__(self)
print(T(1, 2), T(1, 2) + (3,), T(1, 2)[0], len(T(5, 6)))
class D(dict):
    def __getitem__(self, k):
        return 'D' + str(dict.__getitem__(self, k))
dd = D(a=1)
print(dd['a'], dict(dd), {**dd}, dd.get('a'), list(dd.items()))
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(dict(KeysOnly()), {**KeysOnly()})
e = {}; e.update(KeysOnly()); print(e)
class DL(list):
    def __iter__(self):
        return iter([9, 9])
print(list(DL([1, 2])), tuple(DL([1])), sorted(DL([3, 1])), [*DL([1])])
print('%s and %r' % ([1, 'a'], ('b',)), str([1.0, -0.0, 1e100, float('inf')]))
print(repr(['\n', "'", '"', 'é']), repr({'a\tb': b'x\x00'}))
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, [nan].count(nan), [nan].index(nan))
print(list(reversed([])), list(reversed(range(0))), [1, 2, 3][::-1][::-1])
fs = frozenset([1, 2]); h1 = hash(fs); print(h1 == hash(frozenset([2, 1])), hash(frozenset()))
print(hash((1, 2, 3)), hash(()), hash((-1,)), hash(((),)), hash((1.5, 'a' == 'a')))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(), (0,), (-1, 5)]))
x = [1, 2, 3]
for i in x:
    if i < 5:
        x.append(i + 3)
print(x)
y = {0: 0}
try:
    for i in y:
        y[i + 1] = i
except RuntimeError as exc:
    print('RuntimeError', exc, len(y))
z = {1, 2}
try:
    for i in z:
        z.add(i * 10)
except RuntimeError as exc:
    print('RuntimeError', exc, len(z))
print([(i, j) for i, j in enumerate('ab')], dict(enumerate('xy')), list(zip(*[(1, 2), (3, 4)])))
a, *b = range(3); print(a, b)
[p, q], r = 'ab', 'c'; print(p, q, r)
(*u,) = {5: 6}; print(u)
show(lambda: [*None])
show(lambda: {**None})
show(lambda: (*1,))
print(list.__dict__['append'].__name__, list.append.__qualname__, [].append.__self__)
print(dict.fromkeys.__qualname__)
