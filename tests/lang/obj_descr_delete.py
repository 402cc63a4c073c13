# __delete__, and del on attributes in general.
class Tracked:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.key]
        except KeyError:
            raise AttributeError(self.key[1:]) from None
    def __set__(self, obj, value):
        print("set", self.key, value)
        obj.__dict__[self.key] = value
    def __delete__(self, obj):
        print("delete", self.key)
        del obj.__dict__[self.key]

class P:
    a = Tracked()
p = P()
p.a = 1
print(p.a)
del p.a
try:
    p.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.a
except KeyError as e:
    print(type(e).__name__, e)

# a descriptor with only __get__ and __set__: del fails
class NoDel:
    def __get__(self, obj, owner=None): return 1
    def __set__(self, obj, v): pass
class Q:
    x = NoDel()
try:
    del Q().x
except AttributeError as e:
    print(type(e).__name__, e)

# plain attributes
class R: pass
r = R()
r.v = 1
del r.v
try:
    del r.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.never
except AttributeError as e:
    print(type(e).__name__, e)

# deleting class attributes
class S:
    c = 1
    def m(self): pass
del S.c
print(hasattr(S, "c"))
try:
    del S.c
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del S().m
except AttributeError as e:
    print(type(e).__name__, e)
del S.m
print(hasattr(S(), "m"))

# deleting attributes of builtins
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)

# delattr on a property without deleter
class T:
    @property
    def p(self): return 1
try:
    del T().p
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(T(), "p")
except AttributeError as e:
    print(type(e).__name__, e)
