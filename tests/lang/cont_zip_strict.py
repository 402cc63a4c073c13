# zip(): shortest wins and the next iterators are not advanced past it;
# strict=True and its three messages; argument errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip('ab')), list(zip('ab', 'xyz')), list(zip('abc', 'x', 'yy')))
print(list(zip('ab', 'xy', strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
show(lambda: list(zip('ab', 'xyz', strict=True)))
show(lambda: list(zip('abc', 'xy', strict=True)))
show(lambda: list(zip('ab', 'xy', 'z', strict=True)))
show(lambda: list(zip('ab', 'xy', 'zzz', strict=True)))
show(lambda: list(zip('a', 'xy', 'zzz', strict=True)))
show(lambda: list(zip('abc', 'abc', 'abc', 'ab', strict=True)))
show(lambda: list(zip('ab', 'ab', 'ab', 'abc', strict=True)))
show(lambda: list(zip('', 'a', strict=True)))
show(lambda: list(zip('a', '', strict=True)))
print(list(zip('ab', 'xyz', strict=False)), list(zip('ab', 'xy', strict=1)))
show(lambda: zip('a', strict=True, other=1))
show(lambda: zip(5))
show(lambda: zip('a', None))
show(lambda: zip(iterables='a'))
# items consumed before the error are kept by the caller
z = zip('abc', 'xy', strict=True)
print(next(z), next(z))
show(lambda: next(z))
# the first iterator is advanced one step further than the shortest
it1 = iter([1, 2, 3, 4])
it2 = iter([10, 20])
print(list(zip(it1, it2)), list(it1))
it1 = iter([1, 2, 3, 4])
it2 = iter([10, 20])
print(list(zip(it2, it1)), list(it1))
# errors raised by an iterator propagate unchanged, with strict too
def bad():
    yield 1
    raise KeyError('bad iter')
show(lambda: list(zip(bad(), 'abc')))
show(lambda: list(zip('abc', bad(), strict=True)))
# zip with infinite iterators
def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(count(), 'abc')), list(zip('xy', count(), count())))
# unzip idiom
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, chars = zip(*pairs)
print(nums, chars, list(zip(*zip(*pairs))) == pairs)
print(type(zip()).__name__, iter(zip()) is not None)
show(lambda: len(zip('a')))
# zip of a dict and its values
d = {'k': 1, 'j': 2}
print(dict(zip(d, d.values())), list(zip(d.items(), range(5))))
