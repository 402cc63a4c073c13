# itertools.zip_longest and product: fill values, exhaustion, repeat=,
# laziness and errors from the inputs.
from itertools import zip_longest, product

print(list(zip_longest('ab', 'wxyz')), list(zip_longest('ab', 'wxyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest('abc')), list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest(range(3), 'ab', [True], fillvalue=None)))
z = zip_longest([1], [2, 3])
print(list(z), list(z))
# exhausted iterators are not called again
class Once:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        raise StopIteration
o = Once()
print(list(zip_longest(o, range(4))), o.calls)
def bad():
    yield 1
    raise ValueError('zl')
z = zip_longest(bad(), 'abc')
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
for args, kw in [((1,), {}), (([1],), {'x': 1}), (([1],), {'fillvalue': 1, 'y': 2})]:
    try:
        zip_longest(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(zip_longest()).__name__)

print(list(product('ab', range(2))), list(product()), list(product([])), list(product('ab', [])))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'c', repeat=2)), list(product('ab', repeat=0)))
print(len(list(product(range(4), range(5), range(3)))))
results = list(product('xy', 'z12'))
print(results)
p = product(iter([1, 2]), iter('ab'))
print(next(p), list(p), list(p))
def src():
    print('product consumes eagerly')
    yield 1
    yield 2
p = product(src(), 'a')
print('made', list(p))
def bad2():
    yield 1
    raise KeyError('prod')
try:
    product('a', bad2())
except KeyError as e:
    print(type(e).__name__, e)
for args, kw in [((1,), {}), (('a',), {'repeat': -1}), (('a',), {'repeat': 'x'}), (('a',), {'x': 1}),
                 (('a',), {'repeat': 1.0})]:
    try:
        product(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
