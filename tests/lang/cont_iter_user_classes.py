# user-defined iterables and iterators: __iter__ returning self or a
# generator, reusable vs one-shot, StopIteration carrying values,
# iterators shared by several consumers, __next__ raising after the end
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(c, 'done'))
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
r = Reusable(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True), 2 in r, [*r, *r])
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('payload')
print(list(StopWithValue()))
def delegating():
    result = yield from gen_with_return()
    yield 'returned ' + result
def gen_with_return():
    yield 1
    return 'value'
print(list(delegating()))
# a shared iterator consumed by zip pairs items
it = iter(range(6))
print(list(zip(it, it)))
it = iter('abcdefg')
print([''.join(t) for t in zip(it, it, it)], list(it))
# __next__ that keeps going after StopIteration (not a proper iterator)
class Flaky:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls
f = Flaky()
print(list(f), list(f), list(f))
# iterator whose __iter__ is missing cannot be used in for
class NextOnly:
    def __next__(self):
        raise StopIteration
def use():
    for x in NextOnly():
        pass
show(use)
# a generator raising StopIteration inside becomes RuntimeError
def bad_gen():
    yield 1
    raise StopIteration
show(lambda: list(bad_gen()))
def bad_gen2():
    yield 1
    next(iter([]))
show(lambda: list(bad_gen2()))
# iterating a generator that is already running
def self_ref():
    yield next(g)
g = self_ref()
show(lambda: next(g))
# an iterable whose __iter__ returns an iterator class instance
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), max(t), dict.fromkeys(t), 3 in t)
# __iter__ defined via __getattr__ does not count (looked up on the type)
class Dyn:
    def __getattr__(self, name):
        if name == '__iter__':
            return lambda: iter([1])
        raise AttributeError(name)
show(lambda: list(Dyn()))
show(lambda: iter(Dyn()))
