# next(): default argument, non-iterators, exhausted generators,
# iterators whose __next__ raises or returns odd things
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

it = iter([1, 2])
print(next(it), next(it, 'd'), next(it, 'd'), next(it, None))
show(lambda: next(it))
show(lambda: next([1]))
show(lambda: next((1,)))
show(lambda: next('abc'))
show(lambda: next({1: 2}))
show(lambda: next(range(3)))
show(lambda: next(5))
show(lambda: next(None, 'dflt'))
show(lambda: next())
show(lambda: next(it, 1, 2))
show(lambda: next(it, default=1))
def gen():
    yield 1
    return 'retval'
g = gen()
print(next(g))
show(lambda: next(g))
show(lambda: next(g))
print(next(g, 'after'))
def bad():
    yield 1
    raise KeyError('in gen')
b = bad()
print(next(b))
show(lambda: next(b, 'dflt'))
show(lambda: next(b, 'dflt2'))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise StopIteration('custom stop')
        if self.n == 3:
            raise ValueError('custom error')
        return self.n
i = It()
print(next(i), next(i, 'default used'))
show(lambda: next(i, 'default not used for ValueError'))
print(next(i), list(i) if False else 'skip')
class NoIter:
    def __next__(self):
        return 'next works alone'
print(next(NoIter()))
show(lambda: iter(NoIter()))
show(lambda: list(NoIter()))
class IterReturnsNonIter:
    def __iter__(self):
        return [1, 2]
show(lambda: iter(IterReturnsNonIter()))
show(lambda: list(IterReturnsNonIter()))
def forloop():
    for x in IterReturnsNonIter():
        pass
show(forloop)
class IterReturnsSelfNoNext:
    def __iter__(self):
        return self
show(lambda: iter(IterReturnsSelfNoNext()))
class NextNotCallable:
    def __iter__(self):
        return self
    __next__ = 5
show(lambda: next(NextNotCallable()))
# the default is returned as-is (not copied or called)
d = []
print(next(iter([]), d) is d)
# next() on a dict iterator after the dict changed
dct = {1: 1}
di = iter(dct)
dct[2] = 2
show(lambda: next(di, 'not used'))
