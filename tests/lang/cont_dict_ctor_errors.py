# dict() construction: pairs of every shape, keyword arguments, mappings
# via keys(), and the exact messages for malformed input
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict([]), dict([('a', 1), ['b', 2], 'cd', b'ef', (3, 4)]))
print(dict(a=1, b=2), dict({'a': 1}, a=2, c=3), dict([('a', 1)], a='kw'))
print(dict(zip('abc', range(3))), dict(enumerate('xy')), dict({1: 2}.items()))
print(dict(iter([(1, 2)])), dict((k, k * k) for k in range(3)), dict([(1, 2), (1, 3)]))
show(lambda: dict([('a', 1, 2)]))
show(lambda: dict([('a', 1), ('b',)]))
show(lambda: dict([(1, 2), (3, 4), 'abc']))
show(lambda: dict([1]))
show(lambda: dict([(1, 2), 5]))
show(lambda: dict([None]))
show(lambda: dict(['a']))
show(lambda: dict([[]]))
show(lambda: dict([{1: 2}]))
show(lambda: dict([{1, 2}]) and 'set of 2 ok')
show(lambda: dict(1))
show(lambda: dict(None))
show(lambda: dict(1.5))
show(lambda: dict([], []))
show(lambda: dict({}, {}))
show(lambda: dict([([], 1)]))
show(lambda: dict(**{1: 2}))
show(lambda: dict({1: 2}, **{'a': 1}))
show(lambda: dict('ab'))
show(lambda: dict(['ab', 'cde']))
show(lambda: dict([iter('xy')]))
show(lambda: dict([range(2)]))
def gen():
    yield ('ok', 1)
    raise IndexError('gen stopped badly')
show(lambda: dict(gen()))
class Pair:
    def __iter__(self):
        return iter(['k', 'v'])
show(lambda: dict([Pair()]))
class Three:
    def __iter__(self):
        return iter([1, 2, 3])
show(lambda: dict([(0, 0), Three()]))
class BadIter:
    def __iter__(self):
        raise OSError('no iter')
show(lambda: dict([BadIter()]))
# mappings: keys() + __getitem__, and the errors along the way
class M:
    def keys(self):
        return iter(['x', 'y'])
    def __getitem__(self, k):
        return k * 2
print(dict(M()), dict(M(), z=0))
class NoGet:
    def keys(self):
        return ['a']
show(lambda: dict(NoGet()))
class KeysRaise:
    def keys(self):
        raise RuntimeError('keys failed')
show(lambda: dict(KeysRaise()))
class KeysAttr:
    keys = None
show(lambda: dict(KeysAttr()))
class GetKeyError:
    def keys(self):
        return ['missing']
    def __getitem__(self, k):
        raise KeyError(k)
show(lambda: dict(GetKeyError()))
class PartKeys:
    def keys(self):
        yield 'first'
        raise ValueError('keys broke')
    def __getitem__(self, k):
        print('getitem', k)
        return 1
show(lambda: dict(PartKeys()))
# dict subclass as argument: its own __getitem__ is ignored when keys isn't overridden
class D(dict):
    def __getitem__(self, k):
        return 'overridden'
print(dict(D(a=1)))
class DK(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'via getitem'
print(dict(DK(a=1, b=2)))
# dict(**kw) with a non-str key from a mapping
show(lambda: dict(**M()))
