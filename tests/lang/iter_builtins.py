# enumerate, zip, map, filter, reversed and the iterators iter() makes:
# results, laziness, argument checking and error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# enumerate
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', -2)))
print(list(enumerate([1, 2], start=True)), list(enumerate(iterable='xy', start=5)))
print(list(enumerate(start=1, iterable=[7])), list(enumerate(iterable=[1])))
print(list(enumerate([1, 2], 2**63 - 1)), list(enumerate('ab', 2**62 - 1)))
print(list(enumerate('ab', -2**70)))
t(lambda: enumerate())
t(lambda: enumerate([1], 2, 3))
t(lambda: enumerate([1], 2, start=3))
t(lambda: enumerate([1], start=1.5))
t(lambda: enumerate(x=[1]))
t(lambda: enumerate([1], foo=1))
t(lambda: enumerate(start=3))
t(lambda: enumerate(start=1, x=[1]))
t(lambda: enumerate(a=1, b=2, c=3))
t(lambda: enumerate(5))
e = enumerate('ab')
print(iter(e) is e, next(e), next(e))
t(lambda: next(e))

# zip
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2], (True, False, None))))
print(list(zip([1, 2], strict=True)), list(zip('ab', 'cd', strict=True)), list(zip(strict=True)))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [3, 4], [5], strict=True)))
t(lambda: list(zip([1], [3], [5, 6], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
t(lambda: list(zip([1, 2], (x for x in [5]), strict=True)))
print(list(zip([1, 2], [3], strict=0)))
t(lambda: zip([1], foo=1))
t(lambda: zip([1], strict=True, foo=2))
t(lambda: zip(1))
t(lambda: zip([1], 2))
z = zip(range(3), 'abcd')
print(iter(z) is z, list(z), list(z))

# map
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [4, 5, 6])))
print(list(map(lambda *a: sum(a), *[range(i, i + 3) for i in range(12)])))
print(list(map(str, [])))
t(lambda: map())
t(lambda: map(abs))
t(lambda: map(abs, 1))
t(lambda: map(abs, [1], x=1))
t(lambda: list(map(None, [1])))
t(lambda: list(map(5, [1])))

# filter
print(list(filter(None, [0, 1, 2, '', 3, [], (), 'x'])), list(filter(bool, [0, 1])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: filter(None, [1], x=1))
t(lambda: list(filter(5, [0, 1])))

# laziness: nothing is consumed before next()
log = []
def gen():
    for i in range(3):
        log.append(i)
        yield i
m = map(lambda x: x * 2, gen())
print(log)
print(next(m), log)
f = filter(None, gen())
print(next(f), log)

# reversed
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed([1], [2]))
t(lambda: reversed([1], x=1))

class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(S())), list(iter(S())), list(S()))
print(type(reversed(S())).__name__, type(iter(S())).__name__)
r = reversed(S())
print(r.__length_hint__(), next(r), r.__length_hint__())

class N:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
t(lambda: reversed(N()))
class G:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i
t(lambda: reversed(G()))
print(list(G()))
class Own:
    def __reversed__(self): return iter('own')
print(list(reversed(Own())))
class Bad:
    def __len__(self): return 2
    def __getitem__(self, i): raise ValueError('boom %d' % i)
t(lambda: list(reversed(Bad())))
t(lambda: list(iter(Bad())))

# iter(callable, sentinel)
data = [1, 2, 3, 0, 5]
print(list(iter(data.pop, 3)))
c = iter([4, 5, 6].pop, 4)
print(type(c).__name__, next(c), list(c))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))

# subclasses
class E(enumerate):
    pass
print(list(E('ab', 3)), type(E('a')).__name__)
class Z(zip):
    pass
print(list(Z([1, 2], [3, 4])))
class F(filter):
    pass
print(list(F(None, [0, 1])))
t(lambda: F(None, [1], x=1))
class R(reversed):
    pass
print(list(R([1, 2])))
t(lambda: R([1], x=1))
class M(map):
    pass
print(list(M(abs, [-1])))
t(lambda: M(abs, [1], x=1))
for cls in (enumerate, zip, map, filter, reversed):
    print(cls.__name__, type(cls) is type)
