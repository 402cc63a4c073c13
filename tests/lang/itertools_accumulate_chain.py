# itertools.accumulate, chain, chain.from_iterable and compress.
from itertools import accumulate, chain, compress
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=None)))
print(list(accumulate(iterable=[1, 2], func=None)))
a = accumulate([1, 'x', 3])
print(next(a))
try:
    next(a)
except TypeError as e:
    print(type(e).__name__, e)
def failing(a, b):
    raise ValueError('no %s %s' % (a, b))
a = accumulate([1, 2], failing)
print(next(a))
try:
    next(a)
except ValueError as e:
    print(type(e).__name__, e)
for args, kw in [((), {}), ((1,), {}), (([1], None, 3), {}), (([1],), {'x': 1})]:
    try:
        accumulate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(accumulate([])).__name__, accumulate.__module__)

print(list(chain()), list(chain('ab', [1, 2], (), range(2))), list(chain([[1]])))
print(list(chain.from_iterable(['ab', 'cd', ''])), list(chain.from_iterable([])))
def gen():
    print('outer start')
    yield 'xy'
    print('outer next')
    yield [1]
c = chain.from_iterable(gen())
print('made')
print(next(c), next(c), next(c), list(c))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(list(c))
try:
    chain(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chain.from_iterable(3)
except TypeError as e:
    print(type(e).__name__, e)
class MyChain(chain):
    pass
mc = MyChain.from_iterable(['ab'])
print(type(mc).__name__, list(mc))
def boom():
    yield 1
    raise RuntimeError('inner')
c = chain(boom(), [2])
print(next(c))
try:
    next(c)
except RuntimeError as e:
    print(type(e).__name__, e)

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress('a', [1, 1, 1])))
print(list(compress(data=range(5), selectors=[0, 1, 0, 1, 1])))
print(list(compress(range(6), (x % 2 for x in range(6)))))
class BadBool:
    def __bool__(self):
        raise ValueError('bad bool')
try:
    list(compress([1], [BadBool()]))
except ValueError as e:
    print(type(e).__name__, e)
for args in [(), ([1],), ([1], [1], [1]), (1, [1]), ([1], 1)]:
    try:
        compress(*args)
    except TypeError as e:
        print(type(e).__name__, e)
c = chain(boom(), [2])
print(next(c))
try:
    next(c)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(c))
def bad_source():
    yield [1]
    raise KeyError('src')
c = chain.from_iterable(bad_source())
print(next(c))
try:
    next(c)
except KeyError as e:
    print(type(e).__name__, e)
print(list(c))
