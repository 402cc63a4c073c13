# dict views: keys/values/items, set operations, live updates, repr
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it)
d['d'] = 4
print(k, v, it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted({'a', 'q'} & k), sorted({'q'} | k), sorted(['a', 'x'] - k), sorted(['a', 'x'] & k))
print(it & {('a', 1)}, sorted(it - {('a', 1), ('b', 2)}), sorted(it | {('z', 2)}))
print(k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], k != {'a'}, k < {'a', 'b', 'c', 'd', 'e'}, k <= k, k > {'a'})
print(it == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(v == v, v == d.values())
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), it.isdisjoint({('a', 2)}))
show(lambda: v & v)
show(lambda: k & 5)
show(lambda: hash(k))
show(lambda: k[0])
print(list(reversed(k)), list(reversed(it)), sorted(v, reverse=True))
print(k.mapping)
def mut():
    for key in d.keys():
        d['new' + key] = 1
show(mut)
def mut2():
    for key in d.values():
        del d['a']
show(mut2)
def mut3():
    for key in d.items():
        d.pop('b')
show(mut3)
print(d)
def mut4():
    for key in d:
        d[key] = 0   # value replace is fine
    return d
show(mut4)
def mut5():
    n = 0
    for key in d:
        del d[key]
        d[key] = 1    # same size, different keys order: RuntimeError
        n += 1
        if n > 50:
            return 'looped'
    return d
show(mut5)
e = {1: 1}
def mut6():
    for x in e:
        e.clear()
show(mut6)
print({}.keys() == set(), {1: 2}.items() == {(1, 2)}, dict.fromkeys('ab').keys() & 'bc')
print(repr({}.keys()), repr({}.items()), repr({}.values()))
r = {1: 2}
r[3] = r
print(r, r.values(), r.items())
