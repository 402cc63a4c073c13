# set()/frozenset() construction and repr, subclasses with their own
# __init__/__repr__, comparisons with non-sets
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(set(), frozenset(), set([]), frozenset(()), repr(set()), str(frozenset()))
print(sorted(set('hello')), sorted(frozenset(range(3))), set({1: 2}), frozenset({1: 2}.items()))
print({1}, {(1, 2)}, frozenset({3}), {None}, {'a'}, {()}, {frozenset()})
show(lambda: set(5))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: set(iterable=[1]))
show(lambda: frozenset(5))
show(lambda: frozenset([], []))
show(lambda: frozenset(iterable=[]))
show(lambda: set([[1]]))
show(lambda: {[1]})
show(lambda: {1, 2, []})
show(lambda: {*[1, []]})
def gen():
    yield 1
    raise StopIteration('not caught as end') if False else ValueError('gen broke')
show(lambda: set(gen()))
class S(set):
    pass
class F(frozenset):
    pass
print(S(), F(), S([1]), F([2]), repr(S('a')), [F()])
class R(set):
    def __repr__(self):
        return 'R!'
print(R([1]), {1: R()}, [R()])
s = {1}
s.add(s.__class__)
print(len(s))
# a set subclass with __init__ taking extra args
class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([1, 2], 'T')
print(sorted(t), t.tag, type(t | {3}).__name__, type(t.copy()).__name__)
show(lambda: Tagged([1]))
class FN(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(FN(3, 1, 2)), type(FN()).__name__)
# set.__init__ re-run clears
u = {1, 2}
u.__init__([9])
print(u)
u.__init__()
print(u)
show(lambda: u.__init__(5))
print(u)
# comparisons with non-set types: == is False, ordering raises
print({1} == [1], {1} != (1,), frozenset() == (), {1} == {1: 2}.keys(), {1} == {1: 2})
show(lambda: {1} < [1, 2])
show(lambda: {1} > None)
show(lambda: frozenset() <= 'abc')
print({1} < {1: 2}.keys(), {1, 2} > {1: 0}.keys(), {1: 0}.keys() < {1, 2})
# deep equality of sets of tuples
print({(1, (2, 3))} == {(1.0, (2, 3.0))}, {(1, 2)} <= {(1, 2), (3, 4)})
# set of sets from a generator of frozensets
print(sorted(sorted(f) for f in {frozenset((i, i % 2)) for i in range(4)}))
