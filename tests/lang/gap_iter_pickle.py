# __reduce__ / __setstate__ of the builtin iterators (pickle and copy use them)
import pickle, copy, sys

def show(it):
    try:
        r = it.__reduce__()
        args = tuple(a if not hasattr(a, '__next__') else list(copy.copy(a)) for a in r[1])
        print(type(it).__name__, r[0].__name__, args, r[2:])
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)

makers = [lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)),
          lambda: iter('abc'), lambda: iter('ab\u20acd'), lambda: iter(b'abc'),
          lambda: iter({1: 2, 3: 4}), lambda: iter({1: 2, 3: 4}.values()),
          lambda: iter({1: 2, 3: 4}.items()), lambda: reversed({1: 2, 3: 4}),
          lambda: iter({1, 2, 3}), lambda: reversed('abc'),
          lambda: iter(range(3, 20, 2)), lambda: reversed(range(3, 20, 2)),
          lambda: iter(range(10**20, 10**20 + 20, 3))]
for mk in makers:
    it = mk(); show(it); next(it); show(it)
    it2 = pickle.loads(pickle.dumps(it))
    print(' ', type(it2).__name__, list(it2), list(it))
    show(it)

# setstate clamps
for mk in [lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('ab\u20acd'),
           lambda: iter(b'abc'), lambda: reversed([1, 2, 3]), lambda: iter(range(5)),
           lambda: iter(range(10**20, 10**20 + 5)), lambda: reversed('abcd')]:
    long = type(mk()).__name__ == 'longrange_iterator'
    for i in (-5, 1, 2, 100):
        it = mk(); it.__setstate__(i); print(type(it).__name__, i, list(it))
    for bad in () if long else ('x', 1.5, 2**70):
        try:
            mk().__setstate__(bad)
        except Exception as e:
            print(' ', type(e).__name__, e)

# enumerate, zip, map, callable_iterator
e = enumerate('abc', 5); next(e)
r = e.__reduce__(); print(r[0].__name__, list(r[1][0]), r[1][1])
print(list(pickle.loads(pickle.dumps(enumerate([4, 5], 10**20)))))
z = zip('ab', 'cd'); print(list(pickle.loads(pickle.dumps(z))))
z = zip('ab', 'cd', strict=True); print(z.__reduce__()[0].__name__, len(z.__reduce__()), z.__reduce__()[2])
m = map(str, [1, 2]); print(list(pickle.loads(pickle.dumps(m))))
c = iter([1, 2, 3, 0, 4]).__next__
ci = iter(c, 0); print(list(pickle.loads(pickle.dumps(ci))))
print(ci.__reduce__()[1][1])

# a lying __length_hint__ that overflows len + hint is ignored by extend
class Lying:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return sys.maxsize
a = [1, 2]; a.extend(Lying()); print(a)
