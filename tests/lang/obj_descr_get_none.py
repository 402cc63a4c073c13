# __get__ with instance None (class access) and the owner argument.
class Desc:
    def __get__(self, instance, owner=None):
        print("get", type(instance).__name__ if instance is not None else None,
              owner.__name__ if owner is not None else None)
        if instance is None:
            return self
        return 42

class A:
    attr = Desc()
class B(A): pass

print(A.attr is A.__dict__["attr"])
print(B.attr is A.__dict__["attr"])
print(A().attr, B().attr)

# calling __get__ by hand
d = A.__dict__["attr"]
print(d.__get__(None, A) is d)
print(d.__get__(A()))

# functions: __get__(None, cls) returns the function itself
def f(self): return self
print(f.__get__(None, A) is f)
bound = f.__get__(5, int)
print(type(bound).__name__, bound(), bound.__self__, bound.__func__ is f)
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__get__()
except TypeError as e:
    print(type(e).__name__, e)

# builtin method descriptors
m = list.__dict__["append"]
print(type(m).__name__, m.__get__(None, list) is m)
lst = []
m.__get__(lst, list)(1)
print(lst)
try:
    m.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)

# getset descriptors
g = type.__dict__["__name__"]
print(type(g).__name__, g.__get__(int), g.__get__(None, type) is g)

# a descriptor that returns something different per owner
class PerOwner:
    def __get__(self, obj, owner):
        return owner.__name__.lower()
class X:
    name = PerOwner()
class Y(X): pass
print(X.name, Y.name, X().name, Y().name)

# __get__ raising AttributeError falls back to __getattr__
class Failing:
    def __get__(self, obj, owner):
        raise AttributeError("from descriptor")
class Z:
    f = Failing()
    def __getattr__(self, name):
        return "fallback " + name
print(Z().f)
try:
    Z.f
except AttributeError as e:
    print(type(e).__name__, e)
