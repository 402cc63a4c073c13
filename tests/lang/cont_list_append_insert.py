# list.append / extend / insert: every kind of iterable, self-extension,
# insert positions far outside the list, and the errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = []
a.append(1); a.append([2]); a.append(a)
print(len(a), a[0], a[1], a[2] is a)
b = [1, 2]
b.extend((3, 4)); b.extend('xy'); b.extend(range(2)); b.extend({9: 'v'})
b.extend(x * x for x in range(3)); b.extend(iter([7]))
print(b)
b.extend(sorted({'q', 'p'})); b.extend(frozenset()); b.extend(b'AB')
print(b)
c = [1, 2, 3]
c.extend(c); print(c)
c.extend(c[::-1]); print(c)
d = [0]
d.extend(reversed(d)); print(d)
def gen():
    yield 1
    yield 2
    raise ValueError('gen broke')
e = [0]
show(lambda: e.extend(gen()))
print(e)
show(lambda: e.extend(5))
show(lambda: e.extend(None))
show(lambda: e.extend())
show(lambda: e.extend([1], [2]))
show(lambda: e.append())
show(lambda: e.append(1, 2))
print(e)

# insert clamps its index like a slice does
for i in (-100, -4, -3, -1, 0, 1, 2, 3, 4, 100, 2 ** 62, -2 ** 62):
    f = ['a', 'b', 'c']
    f.insert(i, '*')
    print(i if abs(i) < 1000 else 'big', f)
show(lambda: f.insert(10 ** 30, 'x'))
show(lambda: f.insert(-10 ** 30, 'x'))
g = []
g.insert(5, 'x'); g.insert(-5, 'y'); g.insert(1, 'z'); print(g)
class I:
    def __index__(self):
        return 1
g.insert(I(), 'idx'); print(g)
g.insert(True, 'bool'); print(g)
show(lambda: g.insert(1.0, 'f'))
show(lambda: g.insert('1', 'f'))
show(lambda: g.insert(1))
show(lambda: g.insert())
show(lambda: g.insert(1, 2, 3))
h = [1]
h.insert(0, h); print(h)
# append inside iteration grows the loop
k = [1, 2]
for x in k:
    if x < 5:
        k.append(x + 2)
print(k)
# extend of a list subclass and a class with __iter__
class L(list):
    def __iter__(self):
        return iter(['from', 'iter'])
m = []
m.extend(L([1, 2])); print(m)
class It:
    def __iter__(self):
        return iter('hi')
m.extend(It()); print(m)
class BadIt:
    def __iter__(self):
        return 42
show(lambda: m.extend(BadIt()))
print(m)
