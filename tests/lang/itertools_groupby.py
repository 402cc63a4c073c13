# itertools.groupby: keys, key functions, and the _grouper invalidation
# rules (a group stops yielding once the parent advances).
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbcaaa')])
print([(k, list(g)) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, ''.join(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blue', 'cherry'], lambda s: s[0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2], None)])

# groups saved before iterating them are empty (the parent moved on)
groups = list(groupby('aaabbc'))
print([(k, list(g)) for k, g in groups])

# a partly consumed group is abandoned when the parent advances
gb = groupby('aaabbbcc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g2), list(g3), list(g3))
try:
    next(gb)
except StopIteration:
    print('StopIteration')
print(type(g1).__name__, type(gb).__name__, iter(g1) is g1)

# consuming a group fully, then advancing
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, list(g))
k, g = next(gb)
print(k, next(g))
print([(k, list(g)) for k, g in gb])

# keys are computed once per item, lazily
calls = []
def key(x):
    calls.append(x)
    return x % 2
gb = groupby([1, 3, 2, 4, 5], key)
print(calls)
k, g = next(gb)
print(k, calls)
print(list(g), calls)

# errors: from the iterable, the key function, and the comparison
def gen():
    yield 1
    yield 1
    raise ValueError('source failed')
gb = groupby(gen())
k, g = next(gb)
print(k, next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def badkey(x):
    if x == 3:
        raise KeyError('key %d' % x)
    return x
try:
    print([(k, list(g)) for k, g in groupby([1, 2, 3], badkey)])
except KeyError as e:
    print(type(e).__name__, e)
class NoEq:
    def __eq__(self, other):
        raise TypeError('cannot compare')
try:
    list(groupby([NoEq(), NoEq()]))
except TypeError as e:
    print(type(e).__name__, e)
for args, kw in [((), {}), ((1,), {}), (([1], None, 3), {}), (([1],), {'x': 1})]:
    try:
        groupby(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print([k for k, g in groupby(iterable='aab', key=str.upper)])
