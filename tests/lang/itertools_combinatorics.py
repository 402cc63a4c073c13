# itertools.permutations, combinations and combinations_with_replacement:
# order, r edge cases (0, > n, None), results independence, errors.
from itertools import permutations, combinations, combinations_with_replacement as cwr

print(list(permutations('abc')), list(permutations('abc', 2)), list(permutations(range(3), 1)))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])), list(permutations([], 0)))
print(list(permutations('abcd', None))[:5], len(list(permutations(range(6)))), len(list(permutations(range(6), 3))))
print(list(permutations(r=2, iterable='xy')))
print(list(combinations('abcd', 2)), list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)), list(combinations('abc', 3)))
print(list(cwr('abc', 2)), list(cwr('ab', 3)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('a', 0)))
print(len(list(cwr(range(5), 3))), len(list(combinations(range(10), 4))))
# keeping results: each is its own tuple
res = list(permutations([1, 2, 3], 2))
print(res, sorted(set(res)) == sorted(res))
res = [c for c in combinations('wxyz', 3)]
print(res)
# an iterator input is read once, at construction
def gen():
    print('read input')
    yield 1
    yield 2
    yield 3
c = combinations(gen(), 2)
print('made', next(c), list(c), list(c))
p = permutations(iter('ab'))
print(list(p), list(p))
def bad():
    yield 1
    raise ValueError('comb input')
for f in (permutations, lambda it: combinations(it, 1), lambda it: cwr(it, 1)):
    try:
        f(bad())
    except ValueError as e:
        print(type(e).__name__, e)
bad_args = [(permutations, ('a', -1)), (permutations, ('a', 1.5)), (permutations, ('a', 'x')),
            (permutations, ()), (permutations, (1,)), (permutations, ('a', 1, 2)),
            (combinations, ('a',)), (combinations, ('a', -1)), (combinations, ('a', 'x')),
            (combinations, ('a', 1.0)), (combinations, (1, 1)), (combinations, ()),
            (cwr, ('a',)), (cwr, ('a', -2)), (cwr, ('a', 2.5)), (cwr, ('abc', 1, 2))]
for f, args in bad_args:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
for f in (permutations, combinations, cwr):
    try:
        f('a', 1, x=1)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(cwr('a', 1)).__name__, type(permutations('a')).__module__)
class MyPerm(permutations):
    pass
print(list(MyPerm('ab')), type(MyPerm('a')).__name__)
