# itertools.dropwhile, takewhile, filterfalse and starmap: laziness,
# predicate errors, exhausted states and argument checks.
from itertools import dropwhile, takewhile, filterfalse, starmap

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1, 2])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1, 2])), list(takewhile(bool, [1, 1])))
seen = []
def pred(x):
    seen.append(x)
    return x < 3
d = dropwhile(pred, [1, 5, 0, 7])
print(seen, list(d), seen)
seen.clear()
t = takewhile(pred, [1, 2, 9, 0])
print(list(t), seen, list(t), seen)
it = iter([1, 2, 9, 0])
t = takewhile(pred, it)
print(list(t), list(it))
print(list(filterfalse(None, [0, 1, '', 'a', [], [2]])), list(filterfalse(lambda x: x % 2, range(8))))
print(list(filterfalse(bool, [0, 3])))

def raiser(x):
    if x == 2:
        raise ValueError('pred %d' % x)
    return True
for f in (dropwhile, takewhile, filterfalse):
    o = f(raiser, [1, 2, 3])
    try:
        print(f.__name__, list(o))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    try:
        print(f.__name__, 'after', list(o))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    for args in [(), (raiser,), (raiser, [1], 2), (raiser, 5)]:
        try:
            f(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        f(None, [1], x=1)
    except TypeError as e:
        print(type(e).__name__, e)
    print(type(f(None, [])).__name__)
try:
    list(dropwhile(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)

print(list(starmap(pow, [(2, 3), [3, 2], (10, 0)])), list(starmap(lambda: 'x', [(), []])))
print(list(starmap(lambda *a: a, ['ab', range(3), iter([7])])))
s = starmap(pow, [(2, 2), 5, (3, 3)])
print(next(s))
try:
    next(s)
except TypeError as e:
    print(type(e).__name__, e)
print(list(s))
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (pow,), (pow, 1)]:
    try:
        starmap(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def gen():
    print('gen runs')
    yield (1, 2)
sm = starmap(max, gen())
print('lazy')
print(list(sm))
