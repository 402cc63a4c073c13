# itertools as a module: exported names, type names and modules,
# subclassing and reprs, laziness over infinite inputs, and recursive
# use in long pipelines (a GC workout).
import itertools
from itertools import *

names = sorted(n for n in dir(itertools) if not n.startswith('__'))
print(names)
for n in names:
    obj = getattr(itertools, n)
    print(n, type(obj).__name__, getattr(obj, '__module__', None), obj.__name__)
class R(repeat):
    pass
class C(count):
    pass
print(R('a', 2), R(1), C(3), C(1, 2), list(R('z', 2)))
print(repr(count(2**64)), count(-1.5), count(0, 0), count(True), count(1, True))
print(list(islice(count(True), 2)), list(islice(count(0.1, 0.1), 3)))

# infinite inputs stay lazy
print(list(islice(zip_longest(count(), 'ab'), 4)))
print(list(islice(accumulate(count(1)), 5)), list(islice(chain.from_iterable(repeat('ab')), 5)))
print(list(takewhile(lambda x: x < 10, map(lambda x: x * x, count()))))
print(next(dropwhile(lambda x: x < 1000, count())), next(filterfalse(lambda x: x < 50, count())))
print(list(islice(starmap(pow, zip(count(2), repeat(2))), 4)), list(islice(pairwise(count()), 3)))
print(list(islice(compress(count(), cycle([0, 1])), 4)))
print([k for k, g in islice(groupby(count(), lambda x: x // 5), 3)])
a, b = tee(count())
print(list(islice(a, 3)), list(islice(b, 5)))

# pipelines that allocate many objects
total = 0
for p in islice(product(range(20), repeat=3), 0, None, 7):
    total += sum(p)
print(total)
data = list(chain.from_iterable(permutations(range(5))))
print(len(data), sum(data))
pieces = [list(g) for k, g in groupby(sorted(str(i * 37 % 101) for i in range(500)), key=len)]
print([len(p) for p in pieces])
ts = tee(iter([str(i) for i in range(2000)]), 4)
print([sum(map(len, t)) for t in ts])
print(sum(1 for _ in combinations(range(16), 4)), sum(map(sum, combinations_with_replacement(range(6), 4))))
z = list(zip_longest(*[range(i) for i in range(30)], fillvalue=-1))
print(len(z), sum(map(sum, z)))
print(count(1.5, True), list(islice(count(1.5, True), 2)), count(2**64, True), count(False, 1))
class I(int):
    pass
print(count(I(3)), count(I(3), I(1)), count(1.0, I(1)), type(next(count(I(3)))).__name__)
print(count(2**64, I(2)), type(next(count(1, I(2)))).__name__)
