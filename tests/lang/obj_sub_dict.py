# Subclassing dict: __missing__, overridden methods, attribute access patterns.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d.get("zz"), "zz" in d, len(d), type(d).__name__, d.factory.__name__)

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, "z"), vars(a) if False else dict(a))
del a.x
print(a)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)

# overriding __setitem__ is not used by update() or the constructor
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(sorted(u.items()))

# __getitem__ override is not used by get() or iteration
class Doubling(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
dd = Doubling(x=5)
print(dd["x"], dd.get("x"), list(dd.values()), dict(dd), {**dd})

# methods returning the base type
class Mine(dict): pass
m = Mine(a=1)
print(type(m.copy()).__name__, type(m | {"b": 2}).__name__, type(Mine.fromkeys("ab")).__name__)
m |= {"c": 3}
print(type(m).__name__, m, m == {"a": 1, "c": 3})

# __missing__ only applies to [] lookups, and only for dict subclasses
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(c, c.get("z"), c["z"], "z" in c)
class Broken(dict):
    def __missing__(self, k):
        raise LookupError(f"no {k}")
try:
    Broken()["q"]
except LookupError as e:
    print(type(e).__name__, e)

# repr, equality, hashing
print(repr(Mine(a=1)), Mine() == {}, Mine(a=1) != {"a": 2})
try:
    hash(Mine())
except TypeError as e:
    print(type(e).__name__, e)
