# itertools.count, repeat and cycle: values, reprs, length hints, laziness.
import itertools
from itertools import count, repeat, cycle, islice
import sys

print(count, repeat, cycle, count.__name__, count.__module__)
print(count(), count(5), count(-3), count(1.5, 0.5), count(5, 1.0), count(0, -2), count(2**70, 2**65))
c = count(10)
print(next(c), next(c), next(c), c)
print(list(islice(count(1.5, 0.5), 5)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(sys.maxsize - 1), 3)))
print(list(islice(count(step=2), 3)), list(islice(count(start=7, step=0), 3)))
class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return 'Num(%r)' % self.v
print(list(islice(count(Num(1), Num(10)), 3)), count(Num(2), 1), count(Num(2), Num(1)))
print(list(islice(count(1j, 1), 2)))
for args in [('a',), (1, 'b'), ([],)]:
    try:
        count(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    count(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    count(x=1)
except TypeError as e:
    print(type(e).__name__, e)

print(list(repeat('ab', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(repeat(1), repeat('x', 2), repeat([1], -3), repeat(1, times=4))
r = repeat(7, 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r)
print(list(r), r.__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(range(3), repeat('z'))))
for args in [(), (1, 2, 3), (1, 'a'), (1, 2.0)]:
    try:
        repeat(*args)
    except TypeError as e:
        print(type(e).__name__, e)

print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle([1]), 3)))
def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')
cy = cycle(gen())
print('made')
print([next(cy) for _ in range(5)])
def bad():
    yield 1
    raise KeyError('boom')
cy = cycle(bad())
print(next(cy))
try:
    next(cy)
except KeyError as e:
    print(type(e).__name__, e)
for args in [(), (1,), (1, 2)]:
    try:
        cycle(*args)
    except TypeError as e:
        print(type(e).__name__, e)

class MyCount(count):
    pass
m = MyCount(3)
print(type(m).__name__, next(m), next(m), isinstance(m, count))
print(iter(c) is c, type(c).__name__)
