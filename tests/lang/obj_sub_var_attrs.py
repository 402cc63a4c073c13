# Attributes on instances of str, bytes and tuple subclasses.
class S(str): pass
class B(bytes): pass
class T(tuple): pass

s, b, t = S("hello"), B(b"data"), T((1, 2, 3))
s.a = 1
b.a = 2
t.a = 3
print(s.a, b.a, t.a, vars(s), vars(b), vars(t))
print(s, b, t, len(s), len(b), len(t), type(b).__name__, b[0], b[1:], type(b[1:]).__name__)
s.__dict__["k"] = "v"
print(s.k, sorted(vars(s)))
del s.a
print(hasattr(s, "a"), vars(s))
try:
    del t.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    S("x").missing
except AttributeError as e:
    print(type(e).__name__, e)

# many instances with different sizes keep their attributes apart
objs = [S("x" * n) for n in range(20)] + [T(range(n)) for n in range(20)] + [B(bytes(n)) for n in range(20)]
for i, o in enumerate(objs):
    o.index = i
    o.payload = [i] * 3
junk = [[n] * 10 for n in range(200)]       # churn the heap
print(all(o.index == i and o.payload == [i] * 3 for i, o in enumerate(objs)))
print(sum(len(o) for o in objs), objs[19], objs[39][-1], objs[59][:2])

# the dict can be replaced
t.__dict__ = {"fresh": True}
print(t.fresh, vars(t))
try:
    t.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)

# subclasses of the subclasses share the storage scheme
class S2(S):
    def shout(self): return self.upper() + "!"
s2 = S2("abc")
s2.level = 2
print(s2.shout(), s2.level, vars(s2), isinstance(s2, str))

# __slots__ = () keeps instances attribute-free
class Fixed(tuple):
    __slots__ = ()
try:
    Fixed().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Fixed(), "__dict__"), hasattr(T(), "__dict__"))

# equality, hashing and copying ignore the attributes
a1, a2 = S("same"), S("same")
a1.x = 1
print(a1 == a2, hash(a1) == hash(a2), str(a1), "same" in {a1})
