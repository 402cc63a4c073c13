# __subclasses__(): direct subclasses, in creation order.
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
class D(A, B): pass
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()])
print([c.__name__ for c in B.__subclasses__()])
print(C.__subclasses__(), type(Base.__subclasses__()).__name__)

def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Base))

# classes made by type() and metaclasses count too
T = type("T", (Base,), {})
class M(type): pass
U = M("U", (Base,), {})
print([c.__name__ for c in Base.__subclasses__()])

# builtin types know their subclasses from user code
class MyInt(int): pass
print(MyInt in int.__subclasses__(), bool in int.__subclasses__())
class MyDict(dict): pass
print(MyDict in dict.__subclasses__())

# a registry via __init_subclass__ agrees with __subclasses__
class Shape:
    kinds = []
    def __init_subclass__(cls):
        Shape.kinds.append(cls.__name__)
class Circle(Shape): pass
class Square(Shape): pass
print(Shape.kinds, [c.__name__ for c in Shape.__subclasses__()])

# __subclasses__ is a method of the type, called on the class
try:
    Base().__subclasses__()
except AttributeError as e:
    print(type(e).__name__, e)
print(type.__subclasses__(Base) == Base.__subclasses__())
try:
    type.__subclasses__(5)
except TypeError as e:
    print(type(e).__name__, e)
