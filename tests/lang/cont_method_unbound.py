# container methods called through the type (list.append(l, x)) and with
# the wrong kind of self; method objects' names and reprs of unbound
# descriptors are checked without addresses
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1]
list.append(l, 2)
list.sort(l)
print(l, list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 3), list.index(l, 3))
d = {'a': 1}
print(dict.get(d, 'a'), dict.keys(d), dict.__getitem__(d, 'a'), dict.setdefault(d, 'b', 2), d)
s = {1}
set.add(s, 2)
print(sorted(s), set.union(s, [5]) == {1, 2, 5}, frozenset.union(frozenset(), [1]), tuple.count((1, 1), 1))
print(str.join(',', ['a', 'b']), range.index(range(5), 3), dict.fromkeys('ab'), list.__add__([1], [2]))
show(lambda: list.append((1,), 2))
show(lambda: list.append())
show(lambda: list.append(l))
show(lambda: dict.get([], 1))
show(lambda: dict.keys(5))
show(lambda: set.add(frozenset(), 1))
show(lambda: frozenset.union({1}, [2]))
show(lambda: tuple.count([1], 1))
show(lambda: list.__len__({}))
show(lambda: list.__getitem__((1,), 0))
show(lambda: dict.__setitem__([], 1, 2))
show(lambda: list.sort([], 1))
show(lambda: range.index(range(3)))
# subclass instances are accepted as self
class L(list):
    pass
class D(dict):
    pass
ll = L([1])
list.append(ll, 2)
print(ll, type(ll).__name__, dict.get(D(k=1), 'k'))
# names and qualnames of methods
print(list.append.__name__, list.append.__qualname__, [].append.__name__, [].append.__qualname__)
print(dict.fromkeys.__name__, {}.get.__qualname__, set.union.__qualname__, type([].append).__name__)
print(type(list.append).__name__, type(dict.__dict__['fromkeys']).__name__, type(list.__len__).__name__)
print(type([].__len__).__name__, type({}.__getitem__).__name__)
# bound methods keep their self
ap = l.append
ap(99)
print(l, ap.__self__ is l, d.get.__self__ is d)
# method objects are equal when bound to the same object
print([].append == [].append, l.append == l.append, l.append == ll.append)
# calling a method via getattr with a string
print(getattr(l, 'count')(99), getattr(d, 'get')('zz', 'dflt'))
show(lambda: getattr(l, 'nope'))
show(lambda: l.nope)
show(lambda: {}.nope)
show(lambda: (1,).append(2))
show(lambda: frozenset().add(1))
show(lambda: range(3).append(1))
show(lambda: setattr([], 'x', 1))
show(lambda: setattr({}, 'x', 1))
show(lambda: setattr(l, 'append', None))
show(lambda: delattr(l, 'append'))
