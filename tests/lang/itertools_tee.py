# itertools.tee (shared buffer, copies, __copy__, n, re-entry) and pairwise.
from itertools import tee, pairwise
import copy

a, b = tee(range(5))
print(next(a), next(a), next(b), list(a), list(b))
print(tee([1, 2], 0), len(tee([1], 1)), len(tee('abc', 5)))
x, = tee('xyz', 1)
print(type(x).__name__, list(x))

# a large input crosses buffer blocks; readers at different positions
a, b, c = tee(iter(range(300)), 3)
print(sum(a), next(b), sum(b), list(c)[-3:])

# laziness: the input is read only as far as the leader needs
read = []
def gen():
    for i in range(6):
        read.append(i)
        yield i
a, b = tee(gen())
print(read, next(a), next(a), read, next(b), read)

# copies share the buffer from their position
a, b = tee('abcdef')
next(a)
c = a.__copy__()
d = copy.copy(a)
print(list(a), list(c), list(d), list(b))
t1, t2 = tee(a)   # a tee of a tee copies it
print(list(t1), list(t2))
a, = tee('pq', 1)
t1, t2 = tee(a)
print(t1 is a, type(t1).__name__, list(t1), list(t2))

# an iterator with __copy__ is copied rather than wrapped
class Copyable:
    def __init__(self, n=0):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n
    def __copy__(self):
        print('copying at', self.n)
        return Copyable(self.n)
c = Copyable()
next(c)
p, q = tee(c)
print(p is c, type(q).__name__, list(p), list(q))

# errors from the source propagate to the reader that triggers the read
def bad():
    yield 1
    raise ValueError('source')
a, b = tee(bad())
print(next(a), next(b))
try:
    next(a)
except ValueError as e:
    print(type(e).__name__, e)
print(list(a), list(b))

# re-entering the shared iterator from inside it
class Reenter:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.t)
r = Reenter()
r.t, other = tee(r)
try:
    next(r.t)
except RuntimeError as e:
    print(type(e).__name__, e)

for args in [(), ([], 'a'), ([], 1, 2), (5,), ([], -1)]:
    try:
        tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tee([], n=2)
except TypeError as e:
    print(type(e).__name__, e)
t = type(tee([])[0])
print(t.__name__, list(t('ab')), list(t(iter([3, 4]))))

print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
def g2():
    yield 1
    yield 2
    raise KeyError('pw')
p = pairwise(g2())
print(next(p))
try:
    next(p)
except KeyError as e:
    print(type(e).__name__, e)
for args in [(), (1,), ([1], [2])]:
    try:
        pairwise(*args)
    except TypeError as e:
        print(type(e).__name__, e)
reads = []
def g3():
    for i in range(4):
        reads.append(i)
        yield i
p = pairwise(g3())
print(reads, next(p), reads, next(p), reads)
