# __slots__: fixed attributes, no __dict__, member descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
print(repr(P.x))
print(P.__slots__, "x" in P.__dict__, "__dict__" in P.__dict__, "__weakref__" in P.__dict__)

# a single string is one slot
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)

# a list or any iterable of names
class L:
    __slots__ = ["a", "b"]
class G:
    __slots__ = iter(["g"])
g = G()
g.g = 5
print(g.g, L.__slots__)

# empty slots: no attributes at all
class E:
    __slots__ = ()
try:
    E().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

# the descriptor used directly
P.x.__set__(p, 99)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
try:
    P.x.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__set__(S(), 1)
except TypeError as e:
    print(type(e).__name__, e)
P.x.__delete__(p)
print(hasattr(p, "x"))

# errors in __slots__ itself
for bad in [(1,), ("ok", 2), ("a b",), ("",), ("1x",)]:
    try:
        type("Bad", (), {"__slots__": bad})
        print("created", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Dup:
        __slots__ = ("a", "a")
    print("dup created")
except TypeError as e:
    print(type(e).__name__, e)
