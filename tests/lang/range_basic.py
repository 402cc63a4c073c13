# range: construction, attributes, repr, len, indexing, slicing, equality,
# hash, bool, membership, index/count, iteration and reversal.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(2, 7), range(0, 10, 2), range(10, 0, -3))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), list(r))
print(range(True, 5).start, type(range(True, 5).start).__name__)
print(list(range(5)), list(range(-3)), list(range(5, 0, -1)), list(range(0, -10, -4)))

# argument errors
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range(1, 2.5))
t(lambda: range(1, 2, 0))
t(lambda: range(stop=3))
t(lambda: range('3'))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(range(Idx(2), Idx(8), Idx(3)))

# len
print(len(range(0)), len(range(10, 0)), len(range(0, 10, 3)), len(range(10, -10, -7)))
t(lambda: len(range(10**20)))
t(lambda: len(range(-10**19, 10**19)))
print(len(range(2**62 - 5, 2**62 + 5)))

# indexing
r = range(0, 20, 3)
print(r[0], r[1], r[-1], r[-7], r[True])
t(lambda: r[7])
t(lambda: r[-8])
t(lambda: r['a'])
t(lambda: r[2.0])
t(lambda: r[10**30])
print(r[Idx(2)])

# slicing gives ranges
print(r[1:], r[::-1], r[1:100:2], r[-3:], r[:-3], r[5:1], r[::3], r[-100:100])
print(range(10)[::-2], range(10)[8:2:-3], range(0, -10, -3)[1:])
t(lambda: range(10)[::0])
t(lambda: range(10)[1.5:])
print(range(10)[slice(2**70, None)], range(10)[slice(-2**70, 2**70, 2**65)])
print(range(10)[Idx(2):Idx(5)])

# equality by the described sequence
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 5, 7))
print(range(5) == range(0, 5), range(5) != range(6), range(5) == [0, 1, 2, 3, 4])
t(lambda: range(5) < range(6))
print(hash(range(3, 3)) == hash(range(7, 2)), hash(range(1, 2)) == hash(range(1, 9, 10)))
print(hash(range(0, 10, 2)) == hash((5, 0, 2)), hash(range(2, 3)) == hash((1, 2, None)))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print({range(3): 'a'}[range(0, 3)])

print(bool(range(0)), bool(range(1)), bool(range(5, 0)), bool(range(10**30)))

# membership
r = range(0, 20, 3)
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, True in range(2), 3.0 in r, 3.5 in r, 'x' in r)
print(10**29 * 3 in range(0, 10**30, 3), 10**29 * 3 + 1 in range(0, 10**30, 3))
print(-5 in range(0, -10, -5), -10 in range(0, -10, -5), 0 in range(0, -10, -5))

# index and count
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(9.0), range(5).index(True))
t(lambda: r.index(10))
t(lambda: r.index('a'))
t(lambda: range(0, 10, 2).index(2**100))
print(range(0, -10, -3).index(-9), range(1, 10**30, 7)[-1])

# iteration
print(list(range(2**62 - 2, 2**62 + 2)))
print(list(range(10**19, 10**19 + 3)), list(range(-2**63, -2**63 + 3)))
print(list(reversed(range(5))), list(reversed(range(5, -5, -3))), list(reversed(range(0))))
print(list(reversed(range(-5, 10**20, 10**19))))
print(list(reversed(range(2**62 - 2, 2**62 + 1))))
print(type(iter(range(3))).__name__, type(iter(range(10**20))).__name__)
print(type(reversed(range(3))).__name__)
it = iter(range(4))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
t(lambda: next(it))
print(range(0, 10, 3).__reduce__())
print(sum(range(1001)), sum(x for x in range(10) if x % 2))
for i in range(3):
    for j in range(i):
        print(i, j, end='; ')
print()
print(isinstance(range(1), range), type(range(1)) is range)
