# set and frozenset: methods, operators, small-int iteration order, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {5, 3, 1, 9, 7}
print(s, len(s), 3 in s, 4 in s, 4 not in s)
print({10, 2, 33, 1, 64, 0, -1, 100}, set(range(20, 0, -3)), {i * 8 for i in range(10)})
s.add(2); s.add(3); print(s)
s.discard(9); s.discard(99); print(s)
s.remove(1); print(s)
show(lambda: s.remove(42))
show(lambda: s.remove([1]))
print(s.pop() in {2, 3, 5, 7}, len(s))
show(lambda: set().pop())
t = s.copy(); t.add(100); print(len(s), len(t))
t.clear(); print(t, set(), frozenset(), frozenset([1]))
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, {3} <= a, {3} < a, a < a, a <= a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset((1,)), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a); c |= {9}; c &= {1, 9, 2}; c -= {2}; c ^= {5, 1}; print(c)
c.update([1], (2,), {3: 'x'}); print(c)
c.intersection_update({1, 2, 3, 5}, [1, 2, 3]); print(c)
c.difference_update([1], {2}); print(c)
c.symmetric_difference_update([3, 4]); print(c)
show(lambda: a | [1])
show(lambda: a & 'x')
show(lambda: a < [1])
show(lambda: {[]})
show(lambda: set([[1]]))
show(lambda: set(5))
show(lambda: set(1, 2))
show(lambda: hash(set()))
show(lambda: {1} + {2})
fs = frozenset([3, 1, 2])
print(fs, hash(fs) == hash(frozenset([1, 2, 3])), fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print({fs: 'x'}[frozenset({1, 2, 3})], fs == {1, 2, 3}, {1, 2, 3} == fs)
show(lambda: fs.add(1))
print(frozenset() is frozenset(), frozenset(fs) is fs)
print(set('abc') == {'c', 'b', 'a'}, sorted(set('hello')))
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
print(repr(set()), repr(frozenset()), repr({frozenset({1})}))
class S(set):
    pass
print(S([1, 2]), type(S([1]) | {2}).__name__, S() == set())
it = iter({1, 2}); print(type(it).__name__, next(it))
u = {1, 2, 3}
def mutiter():
    for x in u:
        u.add(x + 10)
show(mutiter)
def mutiter2():
    for x in u:
        u.discard(x)
show(mutiter2)
print(u)
print(set.union({1}, {2}), frozenset.union(frozenset({1}), [2]))
print({x % 3 for x in range(10)}, {-5, -1, -3, 2})
e = set(range(100)); e -= set(range(0, 100, 2)); print(len(e), min(e), max(e), sorted(e)[:5])
g = set(); g.add(1); g.remove(1); g.add(2); print(g)
print(set(range(1000)) == set(range(999, -1, -1)))
show(lambda: set().remove())
show(lambda: {1}.issubset(3))
