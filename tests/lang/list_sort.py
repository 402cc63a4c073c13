# list.sort and sorted: key, reverse, stability, errors, mutation during sort
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(sorted('hello'), sorted((3, 1, 2), reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'x'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i % 7, i) for i in range(200)]
s = sorted(big, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(199) if s[i][0] == s[i + 1][0]))
import_random = [(i * 7919) % 1009 for i in range(1000)]
print(sorted(import_random) == sorted(import_random, reverse=True)[::-1], sorted(import_random)[:5])
print(sorted([3.5, 1, 2.25, -1, True]))
print(sorted(['b', 'a'], key=None))
show(lambda: sorted([1, 'a', 2]))
show(lambda: sorted(['a', 1]))
show(lambda: [1, None].sort())
show(lambda: sorted([(1, 2), (1, 'a')]))
show(lambda: sorted([1, 2], key=5))
show(lambda: sorted([1, 2], lambda x: x))
show(lambda: [].sort(1))
show(lambda: [1].sort(foo=1))
show(lambda: sorted())
show(lambda: sorted([1, 2], key=lambda x: 1 / 0))
print(sorted([], key=lambda x: 1 / 0), sorted([1], key=lambda x: 1 / 0 if x != 1 else 0))
print(sorted([{1}, {1, 2}, {0}]))

# mutation from a key function
L = [3, 2, 1]
def mutkey(x):
    L.append(x)
    return x
try:
    L.sort(key=mutkey)
except Exception as e:
    print(type(e).__name__, e)
print(L)

L = [3, 2, 1]
def clearkey(x):
    L.clear()
    return x
try:
    L.sort(key=clearkey)
except Exception as e:
    print(type(e).__name__, e)
print(L)

# mutation from __lt__
class M:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.append(M(0))
        return self.v < other.v
    def __repr__(self):
        return 'M(%d)' % self.v
lst = [M(3), M(1), M(2)]
try:
    lst.sort()
except Exception as e:
    print(type(e).__name__, e)
print(len(lst))

class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst2.pop()
        return self.v < other.v
lst2 = [P(i) for i in range(10)]
try:
    lst2.sort()
except Exception as e:
    print(type(e).__name__, e)
print(len(lst2))

# list observed empty while sorting
seen = []
def peek(x):
    seen.append(len(lst3))
    return x
lst3 = [2, 1]
lst3.sort(key=peek)
print(seen, lst3)

class Bad:
    def __lt__(self, other):
        raise ValueError('nope')
show(lambda: sorted([Bad(), Bad()]))
class NotImpl:
    def __lt__(self, other):
        return NotImplemented
show(lambda: sorted([NotImpl(), NotImpl()]))
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'Gt(%r)' % self.v
print(sorted([Gt(2), Gt(1), Gt(3)]))
print(sorted(range(5), key=lambda x: -x))
print(sorted({3: 'a', 1: 'b'}), sorted({'x', 'a'}))
