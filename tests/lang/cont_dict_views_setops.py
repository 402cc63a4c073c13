# set operations on dict keys/items views with sets, lists and other
# views; comparisons; isdisjoint; unhashable items in items views
def show(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = sorted(r, key=repr)
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, ek = d.keys(), e.keys()
show(lambda: k & ek)
show(lambda: k | ek)
show(lambda: k - ek)
show(lambda: k ^ ek)
show(lambda: k & ['a', 'z'])
show(lambda: k | ('x',))
show(lambda: k - 'ab')
show(lambda: ['a', 'q'] - k)
show(lambda: 'ab' & k)
show(lambda: {'a'} ^ k)
show(lambda: k & 5)
show(lambda: k | None)
show(lambda: 5 - k)
show(lambda: k & [[1]])
show(lambda: type(k & ek).__name__)
i, ei = d.items(), e.items()
show(lambda: i & ei)
show(lambda: i | ei)
show(lambda: i - ei)
show(lambda: i ^ ei)
show(lambda: i & [('a', 1), ('b', 3)])
show(lambda: i - [('a', 1)])
show(lambda: i & [('a', [1])])
show(lambda: i | [['x', 1]])
print(('a', 1) in i, ('a', 2) in i, ('a', [1]) in i, ('a',) in i, 'a' in i, ['a', 1] in i)
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k != {'a'}, k <= {'a', 'b', 'c', 'd'}, k < k)
print(k >= {'a'}, k > {'a', 'b', 'c'}, i == {('a', 1), ('b', 2), ('c', 3)}, i <= {('a', 1)})
print(d.values() == d.values(), d.values() != d.values(), k == d.keys(), i == d.items())
show(lambda: k < ['a'])
show(lambda: d.values() < d.values())
show(lambda: d.values() | {1})
print(k.isdisjoint(['x']), k.isdisjoint('a'), i.isdisjoint([('a', 1)]), i.isdisjoint([('a', [])]))
show(lambda: k.isdisjoint(5))
show(lambda: k.isdisjoint([[]]))
# views are live, keep their mapping, and report length
v = d.values()
d['z'] = 26
print(len(k), len(i), len(v), 'z' in k, 26 in v, ('z', 26) in i)
print(k.mapping, type(k.mapping).__name__, k.mapping['a'])
show(lambda: k.mapping.__setitem__('q', 1))
print(repr(k), repr(i), repr(v))
print(repr({}.keys()), repr({}.items()), repr({}.values()))
# views of a dict subclass and of dicts with numeric keys
n = {1: 'a', 2: 'b'}
show(lambda: n.keys() & {1.0, True, 3})
show(lambda: n.keys() - {True})
show(lambda: {1.0} | n.keys())
