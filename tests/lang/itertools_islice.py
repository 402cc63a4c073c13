# itertools.islice: start/stop/step with None, laziness (how much of the
# input is consumed), and the ValueError messages for bad indices.
from itertools import islice, count
import sys

s = 'abcdefghij'
for args in [(3,), (None,), (0,), (2, 5), (2, None), (None, 4), (1, 8, 3), (0, None, 2),
             (None, None, None), (8, 2), (20,), (5, 20, 4), (3, 3), (0, 100, sys.maxsize)]:
    print(args, ''.join(islice(s, *args)))
print(list(islice(count(), 3, 12, 4)), list(islice(range(10), True)), list(islice([], 5)))
class Idx:
    def __index__(self):
        return 2
print(list(islice(s, Idx(), Idx() * 0 + 6, Idx())))

# consumption: islice stops without reading past stop
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
it = iter(range(3))
sl = islice(it, 5, 10)
print(list(sl), list(sl))

# once exhausted, islice does not touch the iterator again
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        return self.n
c = Counter()
sl = islice(c, 10)
print(list(sl), c.n, list(sl), c.n)

def gen():
    yield 1
    raise OSError('read failed')
sl = islice(gen(), 5)
print(next(sl))
try:
    next(sl)
except OSError as e:
    print(type(e).__name__, e)

bad = [(-1,), ('a',), (1.0,), (sys.maxsize + 1,), (-1, 2), (1, -2), ('x', 1), (1, 'y'),
       (0, 1, 0), (0, 1, -1), (0, 1, 'z'), (0, 1, 1.5), (None, None, 0), (0, None, sys.maxsize + 1)]
for args in bad:
    try:
        islice(s, *args)
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [(), (s,), (s, 1, 2, 3, 4), (5, 1)]:
    try:
        islice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    islice(s, stop=3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(islice(s, 1)).__name__, iter(islice(s, 1)) is not None)
