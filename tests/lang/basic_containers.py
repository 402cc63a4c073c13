# Lists, tuples, dicts, sets, comprehensions, unpacking.
l = [3, 1, 2]
l.append(5)
l.sort()
print(l, l[0], l[-1], l[1:3], len(l), 2 in l, sorted([3, 2, 1], reverse=True))
t = (1, "a", None)
print(t, t[1], len(t), (1,), ())
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], list(d.keys()), list(d.values()), d.get("z", 0), "b" in d)
del d["a"]
print(d, len(d))
s = {1, 2, 3}
s.add(2)
print(s, len(s), 3 in s)
print([x * x for x in range(5)], {x: x + 1 for x in range(3)}, {x % 2 for x in range(4)})
print(list(range(2, 10, 3)), list(enumerate("ab")), list(zip([1, 2], "xy")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
a, b, *c = [1, 2, 3, 4]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
print(sum([1, 2, 3]), min(3, 1, 2), max([1, 5, 2]), max([], default=-1), min("bca", key=ord))
print(any([0, 1]), all([1, 0]), [*l, *t], {**d, "z": 26})
