# A class's __dict__ is a read-only mappingproxy.
class A:
    x = 1
    def m(self): return 2
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, "zzz" in d, len(d) > 0)
print(sorted(k for k in d if not k.startswith("__")))
print(d.get("x"), d.get("nope"), d.get("nope", "dflt"))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print([v for k, v in d.items() if k == "x"])
print(type(d.copy()).__name__, d.copy()["x"])

# writes are refused
try:
    d["y"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.clear()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)

# but it reflects later changes to the class
A.y = 10
print(d["y"], "y" in A.__dict__)
del A.y
print("y" in d)

# equality and iteration order
class B:
    first = 1
    second = 2
    third = 3
print([k for k in B.__dict__ if not k.startswith("__")])
print(B.__dict__ == dict(B.__dict__))
print(len(B.__dict__) == len(list(B.__dict__)))

# builtin types too
print(type(int.__dict__).__name__, "__add__" in int.__dict__, "append" in list.__dict__)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)

# the proxy of an instance is a plain dict
a = A()
a.z = 3
print(type(a.__dict__).__name__, a.__dict__)
a.__dict__["w"] = 4
print(a.w)

# mappingproxy of a metaclass-created class
class M(type): pass
C = M("C", (), {"k": 1})
print(type(C.__dict__).__name__, C.__dict__["k"])
print(type(vars(A)).__name__, vars(A)["x"])
# `|` with a dict gives a dict (3.9+)
r = B.__dict__ | {"extra": 1}
print(type(r).__name__, r["first"], r["extra"])
print(reversed(B.__dict__) is not None)
