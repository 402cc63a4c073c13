# sort failures: mixed types, raising keys and comparisons, mutation
# during sort; the list must stay a valid permutation afterwards
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sorted([1, 'a']))
show(lambda: sorted(['a', 1]))
show(lambda: sorted([1, 2, None]))
show(lambda: sorted([(1, 2), (1, 'a')]))
show(lambda: sorted([[1], (1,)]))
show(lambda: sorted([{1}, {2}, 3]))
show(lambda: sorted([1j, 2j]))
show(lambda: sorted([{}, {}]))
show(lambda: sorted([object(), object()]) and 'sorted')
show(lambda: sorted([3.5, 'x', 2]))
show(lambda: sorted([b'a', 'a']))
print(sorted([{1}, {1, 2}, {0}]))
# a failing key: the list is left untouched
a = [3, 1, 2, 0]
def key(x):
    if x == 0:
        raise KeyError('zero')
    return x
show(lambda: a.sort(key=key))
print(a)
# a failing comparison: the list keeps every element
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise RuntimeError('seven')
        return self.v < other.v
    def __repr__(self):
        return 'B%d' % self.v
b = [Boom(v) for v in (9, 3, 7, 1, 5, 8, 2)]
show(lambda: b.sort())
print(sorted(x.v for x in b))
# __lt__ returning NotImplemented on both sides
class NI:
    def __lt__(self, other):
        return NotImplemented
show(lambda: sorted([NI(), NI()]))
class NoLt:
    pass
show(lambda: sorted([NoLt(), NoLt()]))
# __lt__ returning a non-bool is used for its truth value
class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else []
print([o.v for o in sorted([Odd(3), Odd(1), Odd(2)])])
class BadBool:
    def __bool__(self):
        raise ValueError('no truth')
class LtBad:
    def __lt__(self, other):
        return BadBool()
show(lambda: sorted([LtBad(), LtBad()]))
# mutation during sort
c = [5, 3, 1, 4, 2]
def mutkey(x):
    c.append(x)
    return x
show(lambda: c.sort(key=mutkey))
print(c)
d = [5, 3, 1, 4, 2]
class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        d.append(0)
        return self.v < other.v
d = [Mut(v) for v in (5, 3, 1, 4, 2)]
show(lambda: d.sort())
print(len(d))
e = [3, 2, 1]
def clearkey(x):
    e.clear()
    return x
show(lambda: e.sort(key=clearkey))
print(e)
f = [3, 2, 1]
class Peek:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        seen.append(len(f))
        return self.v < other.v
seen = []
f = [Peek(3), Peek(2), Peek(1)]
f.sort()
print(seen, [p.v for p in f])
# the sorted() copy is independent: mutating the source in a key is fine
g = [3, 1, 2]
def gkey(x):
    g.append(x)
    return x
print(sorted(g, key=gkey), g)
