# dict views in detail: live updates, len, bool, iteration yields fresh
# tuples, views of empty and shrinking dicts, view types are not
# instantiable, views in containers
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), bool(k), bool(v), bool(i), list(k), list(i))
d['a'] = 1
print(len(k), bool(k), bool(v), bool(i), list(k), list(v), list(i))
d.update(b=2, c=3)
del d['a']
print(list(k), list(v), list(i), 'a' in k, 1 in v, ('b', 2) in i)
d.clear()
print(list(k), len(v), bool(i))
d.update(x=[1], y=[2])
items1 = list(d.items())
items2 = list(d.items())
print(items1 == items2, items1[0] is items2[0], items1[0][1] is items2[0][1])
for key, val in d.items():
    val.append(key)
print(d)
# views hold the dict alive
def make():
    return {'only': 'v'}.items()
view = make()
print(list(view), len(view), view.mapping)
# view types cannot be created directly
show(lambda: type({}.keys())())
show(lambda: type({}.values())({}))
show(lambda: type({}.items())({1: 2}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
# hashing and equality of views
show(lambda: hash(k))
show(lambda: hash(v) == hash(v))
show(lambda: {k})
print(v == v, v == d.values(), k == k, k == d.keys())
# values views compare by identity only
vv = d.values()
print(vv == vv, vv != vv, d.values() == d.values())
# in on values uses ==
print([1, 'x'] in d.values(), [1] in d.values())
# iterating a view while its dict changes
show(lambda: [d.__setitem__('z', 0) for _ in d.keys()])
d.pop('z', None)
show(lambda: [d.pop('x') for _ in d.values()])
print(d)
# set operations keep working after the dict changes
e = {1: 'a', 2: 'b'}
ek = e.keys()
before = ek & {1, 2, 3}
e[3] = 'c'
after = ek & {1, 2, 3}
print(sorted(before), sorted(after))
# sorted/min/max/sum over views
n = {3: 30, 1: 10, 2: 20}
print(sorted(n.keys()), sorted(n.values()), sorted(n.items()), min(n.keys()), max(n.values()), sum(n.values()))
print(sorted(n.items(), key=lambda kv: -kv[1]), list(map(sum, n.items())))
# views in other containers
print([n.keys()], (n.values(),), {'v': n.items()})
print(list(zip(n.keys(), n.values())) == list(n.items()), dict(zip(n.values(), n.keys())))
