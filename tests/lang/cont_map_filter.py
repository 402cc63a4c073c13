# map with one and several iterables (shortest wins), filter with None,
# functions and bool-like returns; errors and laziness
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(pow, [2, 3, 4], [2], [100, 100])))
print(list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3, 4])), list(map(str, [])), list(map(len, ['a', [1, 2], {}])))
show(lambda: map(abs))
show(lambda: map())
show(lambda: map(abs, 5))
show(lambda: list(map(abs, ['x'])))
show(lambda: list(map(5, [1])))
show(lambda: list(map(lambda x: x, [1], [2])))
show(lambda: map(abs, [1], key=1))
m = map(str.upper, 'ab')
print(type(m).__name__, iter(m) is m, next(m), list(m), list(m))
# map stops at the shortest, after consuming one extra item from earlier iterables
a = iter([1, 2, 3, 4])
b = iter([10])
print(list(map(lambda x, y: x + y, a, b)), list(a))
def noisy(tag, n):
    for i in range(n):
        print('pull', tag, i)
        yield i
print(list(map(lambda x, y: (x, y), noisy('A', 3), noisy('B', 1))))
# filter
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, -1, (), {}, set(), True, False])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(list(filter(bool, [0, 3])), list(filter(len, ['', 'x', []])), list(filter(None, [])))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __repr__(self):
        return 'T(%r)' % self.v
print(list(filter(None, [Truth(True), Truth(False)])))
class LenTruth:
    def __len__(self):
        return 0
print(list(filter(None, [LenTruth()])))
show(lambda: list(filter(None, [Truth(1)])))
class RaiseBool:
    def __bool__(self):
        raise OSError('bool raised')
show(lambda: list(filter(None, [RaiseBool()])))
show(lambda: list(filter(lambda x: RaiseBool(), [1])))
print(list(filter(lambda x: [x], [0, 1])), list(filter(lambda x: 'non-empty', [None])))
show(lambda: filter(None))
show(lambda: filter(None, 5))
show(lambda: filter(None, [1], [2]))
show(lambda: list(filter(5, [1])))
show(lambda: filter(function=None, iterable=[]))
f = filter(None, [0, 1, 2])
print(type(f).__name__, next(f), list(f), list(f))
# map/filter chain, with a source mutated during iteration
src = [1, 2, 3]
out = []
for x in map(lambda v: v * 10, src):
    out.append(x)
    if len(src) < 5:
        src.append(len(src) + 1)
print(out)
print(list(filter(None, map(lambda v: v % 3, range(10)))))
