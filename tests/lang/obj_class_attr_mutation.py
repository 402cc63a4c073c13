# Changing classes after creation: attributes, methods, special methods.
class A:
    x = 1
    def m(self): return "m1"
a = A()
print(a.x, a.m())
A.x = 2
A.m = lambda self: "m2"
print(a.x, a.m())
a.x = "instance"
A.x = 3
print(a.x, A.x, A().x)
del a.x
print(a.x)

# special methods added later take effect
class B: pass
b = B()
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
B.__len__ = lambda self: 42
B.__add__ = lambda self, o: ("add", o)
B.__repr__ = lambda self: "B()"
B.__iter__ = lambda self: iter([1, 2])
B.__eq__ = lambda self, o: "eq!"
B.__getitem__ = lambda self, k: k * 2
B.__call__ = lambda self, *a: ("called", a)
B.__bool__ = lambda self: False
print(len(b), b + 1, repr(b), list(b), b == 1, b[21], b(1), bool(b))

# removing them again
del B.__len__, B.__add__, B.__bool__
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
print(bool(b))

# changes on a base are seen by subclasses
class Base: pass
class Sub(Base): pass
s = Sub()
Base.__str__ = lambda self: "from Base"
print(str(s))
Sub.__str__ = lambda self: "from Sub"
print(str(s))
del Sub.__str__
print(str(s))
Base.__hash__ = None
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)

# setting dunder methods to None disables them
class C:
    def __iter__(self): return iter([1])
c = C()
print(list(c))
C.__iter__ = None
try:
    list(c)
except TypeError as e:
    print(type(e).__name__, e)

# class attributes through instance __dict__ do not change the class
class D:
    items = []
d1, d2 = D(), D()
d1.items.append(1)       # shared mutable class attribute
d2.items = [2]           # instance attribute shadows
print(D.items, d1.items, d2.items)

# builtin types cannot be changed
for target, name in ((int, "x"), (list, "append"), (object, "foo")):
    try:
        setattr(target, name, 1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)
