# reversed() over dicts and their views; order after deletes; errors
# when the dict changes; reversed of other mappings
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d['b']
d['e'] = 5
d['a'] = 'A'
print(list(reversed(d)), list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.values())))
r = reversed(d)
print(type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(r.__length_hint__(), next(r), r.__length_hint__())
d['f'] = 6
show(lambda: next(r))
show(lambda: next(r))
r = reversed(d)
del d['f']
show(lambda: next(r))
r = reversed({1: 1})
print(list(r), list(r))
show(lambda: next(r))
# same-size change: key replaced
d2 = {1: 1, 2: 2, 3: 3}
r = reversed(d2)
print(next(r))
del d2[1]
d2[4] = 4
show(lambda: list(r))
# reversed dict from an iteration with many deletions
big = {i: i for i in range(50)}
for i in range(0, 50, 2):
    del big[i]
print(list(reversed(big))[:5], len(list(reversed(big))))
# values/items views are reversible, keys views too
v = d.values()
print(list(reversed(v)) == list(reversed(list(v))))
print(list(v.__reversed__()), list(d.keys().__reversed__())[:2])
# dict subclass keeps dict's __reversed__ unless overridden
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))))
class R(dict):
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(R(x=1))))
# reversed of objects that are not reversible
show(lambda: reversed({1, 2}))
show(lambda: reversed(frozenset()))
show(lambda: reversed(iter({})))
show(lambda: reversed(d.values().__iter__()))
show(lambda: reversed(5))
class M:
    def keys(self):
        return []
show(lambda: reversed(M()))
