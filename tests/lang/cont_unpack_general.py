# PEP 448 unpacking in displays: [*a, *b], (*a,), {*a}, {**d1, **d2},
# with every iterable kind, order of evaluation and the error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *'xy'], (*range(2),), [*{'k': 1}, *{5}])
print(sorted({*a, *b, *a}), [*[], *()], (*'',), [*iter([7, 8])], [*(x * 2 for x in a)])
print({**{'a': 1}, **{'b': 2}}, {**{'a': 1}, 'a': 2}, {'a': 0, **{'a': 1}}, {**{}})
print({**dict(x=1), **{'x': 2, 'y': 3}, 'z': 4}, {1: 'i', **{1.0: 'f'}, True: 'b'})
show(lambda: [*5])
show(lambda: (*None,))
show(lambda: {*1.5})
show(lambda: [*a, *7])
show(lambda: {**[1]})
show(lambda: {**None})
show(lambda: {**{'a': 1}, **5})
show(lambda: {**'ab'})
show(lambda: {*[[]]})
show(lambda: {**{[]: 1}} if False else {**{(1,): [], (2,): {}}})
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print({**M()}, {**M(), 'k1': 'over'}, {'k2': 'first', **M()})
class NoGet:
    def keys(self):
        return ['k']
show(lambda: {**NoGet()})
class KeysOnly:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return 0
show(lambda: {**KeysOnly()})
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print([*Seq()], {*Seq()}, (*Seq(), *Seq()))
# left-to-right evaluation
def tr(tag, v):
    print('eval', tag)
    return v
print([*tr('a', [1]), tr('b', 2), *tr('c', (3,))])
print({**tr('d', {'x': 1}), tr('e', 'y'): tr('f', 2), **tr('g', {})})
def bad():
    yield 1
    raise KeyError('gen failed')
show(lambda: [0, *bad()])
show(lambda: {*bad()})
# starred assignment targets with generalised sources
first, *mid, last = [*'ab', *range(3)]
print(first, mid, last)
*init, = (*'xyz',)
print(init)
# unpacking a dict gives keys, a mapping in ** gives its items
d = {'p': 1, 'q': 2}
print([*d], [*d.values()], [*d.items()], {**d, **{k: 0 for k in d}})
# duplicate keys in a dict display keep the last value, first key object
print({1: 'a', 1.0: 'b', **{True: 'c'}})
print(len([*range(1000), *range(1000)]), len({*range(1000), *range(500, 1500)}))
