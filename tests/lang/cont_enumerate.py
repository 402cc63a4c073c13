# enumerate: start values (negative, big, bool, __index__), keyword use,
# errors, laziness and its iterator protocol
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -1)))
print(list(enumerate('ab', start=10)), list(enumerate(iterable='xy')), list(enumerate(start=5, iterable='z')))
print(list(enumerate('ab', 2 ** 63 - 1)), list(enumerate('ab', 2 ** 100)), list(enumerate('ab', -2 ** 70)))
print(list(enumerate('ab', True)), list(enumerate([], 5)), list(enumerate(range(3), 0)))
class I:
    def __index__(self):
        return 7
print(list(enumerate('ab', I())))
show(lambda: enumerate('ab', 1.5))
show(lambda: enumerate('ab', '1'))
show(lambda: enumerate('ab', None))
show(lambda: enumerate(5))
show(lambda: enumerate())
show(lambda: enumerate('a', 1, 2))
show(lambda: enumerate('a', begin=1))
show(lambda: enumerate(iterable='a', x=1))
e = enumerate('xyz', 100)
print(type(e).__name__, iter(e) is e, next(e), next(e), list(e), list(e))
show(lambda: next(e))
# lazy: consumes the source one item at a time
def src():
    for c in 'abc':
        print('yield', c)
        yield c
e = enumerate(src())
print('created')
print(next(e))
print(next(e))
# errors from the source propagate
def bad():
    yield 1
    raise ZeroDivisionError('src failed')
show(lambda: list(enumerate(bad())))
# enumerate over a dict, a set (sorted) and a generator of tuples
print(list(enumerate({'k': 1, 'j': 2})), sorted(enumerate(sorted({'b', 'a'}))))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
# counting continues past 2**63 on a big start
big = enumerate(range(3), 2 ** 63 - 2)
print([i for i, _ in big])
# enumerate subclass
class E(enumerate):
    pass
print(list(E('ab', 3)), type(E('a')).__name__)
# reversed(enumerate) is not supported
show(lambda: reversed(enumerate('ab')))
show(lambda: len(enumerate('ab')))
show(lambda: enumerate('ab')[0])
