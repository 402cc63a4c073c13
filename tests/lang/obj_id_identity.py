# id() and `is`: identity semantics without printing addresses.
class P: pass
a = P()
b = a
c = P()
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__)
print(id(a) == id(a), isinstance(id(None), int), id(None) == id(None))

# identity of singletons and cached values
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is (1 == 1))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool(0) is False, bool(3) is True)

# containers hold references, not copies
lst = [a, a, c]
print(lst[0] is lst[1], lst[0] is lst[2], lst.count(a), lst.index(c))
d = {id(a): a}
print(d[id(b)] is a)

# copies make new objects
l1 = [1, 2]
l2 = list(l1)
l3 = l1[:]
print(l1 == l2 == l3, l1 is l2, l1 is l3, id(l1) != id(l2))
t1 = (1, 2)
print(tuple(t1) is t1, t1[:] is t1)

# methods: a new bound method object on each access
class M:
    def m(self): pass
m = M()
print(m.m is m.m, m.m == m.m, m.m.__func__ is M.m)
print(M.m is M.m)

# id stays the same for the lifetime of an object, even when mutated
x = []
before = id(x)
x.append(1)
x += [2]
print(id(x) == before)
y = (1,)
before = id(y)
y += (2,)
print(id(y) == before)

# `is` with classes and types
print(type(a) is P, type(P) is type, P.__class__ is type, a.__class__ is P)
print(int is int, type(1) is int, type(True) is bool, type(1) is not bool)
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
