# match mapping patterns: keys, **rest, nested values, value-pattern keys,
# custom mappings through .get, and duplicate key errors.
def handle(msg):
    match msg:
        case {"type": "point", "x": x, "y": y}:
            return "point %s,%s" % (x, y)
        case {"type": "circle", "r": r, **rest}:
            return "circle r=%s extra=%s" % (r, sorted(rest.items()))
        case {"type": "list", "items": [first, *_]}:
            return "list starting with %r" % (first,)
        case {"type": t}:
            return "unknown type %r" % (t,)
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"

print(handle({"type": "point", "x": 1, "y": 2, "z": 3}))
print(handle({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(handle({"type": "list", "items": ["a", "b"]}))
print(handle({"type": "list", "items": []}))
print(handle({"type": "triangle"}))
print(handle({}))
print(handle({1: 2}))
print(handle([("type", "point")]))

class Keys:
    A = "alpha"
def by_value(d):
    match d:
        case {Keys.A: v, 0: zero, None: n, True: t}:
            return (v, zero, n, t)
        case _:
            return "no"
print(by_value({"alpha": 1, 0: "zero", None: "none", True: "true"}))
print(by_value({"alpha": 1, 0: "zero", None: "none"}))

# **rest gets a new dict without the matched keys
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        print(rest, rest is d, type(rest).__name__)

# custom mapping: looked up through .get, missing keys fail the pattern
class Lazy(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
match Lazy(k=1, j=2):
    case {"k": 1, "missing": _}:
        print("no")
    case {"j": j}:
        print("j =", j)

# a mapping subclass that is not a dict subclass needs the mapping flag;
# a plain object with keys/get is not a mapping
class NotMapping:
    def keys(self):
        return ["a"]
    def get(self, k, d=None):
        return 1
    def __getitem__(self, k):
        return 1
print(handle(NotMapping()))

# defaultdict-like __missing__ is not used by mapping patterns
class Missing(dict):
    def __missing__(self, key):
        return "made up"
match Missing(a=1):
    case {"b": b}:
        print("used __missing__", b)
    case {"a": a}:
        print("no __missing__, a =", a)
