# perf-data fast paths on dict: str keys compared by pointer, then hash and
# bytes; str subclasses with their own __eq__/__hash__ must still be asked;
# equal but distinct key objects; __eq__ that mutates the dict during a
# look-up; empty dicts, which share a static index until the first insert.

# equal-but-not-identical str keys: built at run time, never interned
parts = ["ka", "lo", "mi"]
d = {}
for i in range(30):
    w = parts[i % 3] + parts[(i // 3) % 3]
    d[w] = d.get(w, 0) + 1
key = "".join(["ka", "lo"])
print(sorted(d.items()), key in d, d[key], d.get("ka" + "lo"), d.setdefault("mi" + "mi", -1))

class Loud(str):
    def __eq__(self, other):
        print("eq", str(self), str(other))
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)

d = {"abc": 1, "xyz": 2}
print(d.get(Loud("abc")), Loud("abc") in d, d[Loud("xyz")])
d[Loud("abc")] = 10
print(sorted(d.items()), type(list(d)[0]).__name__)
d2 = {Loud("k"): 1}
print(d2.get("k"), "k" in d2, d2.get("q"))

class Weird(str):
    # equal to everything of the same length, hashes by length
    def __eq__(self, other):
        return isinstance(other, str) and len(self) == len(other)
    def __hash__(self):
        return len(self)

d = {Weird("aaa"): "three"}
print(d.get(Weird("bbb")), d.get("zzz"), Weird("x") in d)
d[3] = "int three"
print(d.get(3), len(d))

class Mutator:
    def __init__(self, target, h):
        self.target = target
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if isinstance(other, Mutator) and self.target:
            t, self.target = self.target, None
            t.clear()
            t["new"] = 1
        return self is other

d = {}
a = Mutator(d, 5)
d[a] = "a"
b = Mutator(d, 5)
print(d.get(b), sorted(map(str, d.keys())), len(d))
d = {}
a = Mutator(None, 7)
d[a] = 1
b = Mutator(d, 7)
try:
    d[b] = 2
    print("stored", len(d), d.get(b), d.get(a))
except RuntimeError as e:
    print(type(e).__name__, e)

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no eq")

d = {BadEq(): 1}
for op in ("get", "in", "set", "pop", "setdefault"):
    try:
        k = BadEq()
        if op == "get": d.get(k)
        elif op == "in": k in d
        elif op == "set": d[k] = 2
        elif op == "pop": d.pop(k)
        else: d.setdefault(k, 3)
        print(op, "no error")
    except ValueError as e:
        print(op, type(e).__name__, e)

# empty dicts: every operation before the first insertion
e = {}
print(len(e), e.get("x"), e.get(1, "dflt"), "x" in e, list(e), list(e.items()), e == {}, bool(e))
print(e.pop("x", "none"), e.copy(), dict(e), {**e}, e | {}, list(reversed(e)), repr(e))
for f in (lambda: e["x"], lambda: e.pop("x"), lambda: e.popitem(), lambda: e.__delitem__("x")):
    try:
        f()
    except KeyError as err:
        print("KeyError", err)
e.update({})
e.clear()
print(len(e), e.setdefault("k", []), e)
e.clear()
print(e, len(e), e.get("k"))
e["a"] = 1
del e["a"]
e["b"] = 2
print(e, list(e.keys()), list(e.values()))
it = iter(e)
e.clear()
try:
    print(list(it))
except RuntimeError as err:
    print(type(err).__name__, err)

many = [{} for _ in range(20000)]
for i, m in enumerate(many):
    if i % 1000 == 0:
        m[i] = str(i)
print(sum(len(m) for m in many), many[5000], many[4999], many[0])
follows = {}
for i in range(5000):
    inner = follows.setdefault(i % 37, {})
    inner[i % 11] = inner.get(i % 11, 0) + 1
print(len(follows), sorted(follows[3].items())[:4], max(v for d in follows.values() for v in d.values()))
