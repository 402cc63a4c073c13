# __module__ of classes, functions and builtins.
class A:
    def m(self): pass
print(A.__module__, A.m.__module__, A().__module__, __name__)
print("__module__" in A.__dict__, A.__dict__["__module__"])

def f(): pass
print(f.__module__)

print(int.__module__, type.__module__, object.__module__, len.__module__)
print(type(None).__module__, type(f).__module__)

# __module__ assigned in the class body
class B:
    __module__ = "somewhere.else"
print(B.__module__, repr(B))

# changing __module__ afterwards
A.__module__ = "pkg.mod"
print(repr(A), repr(A()).split(" object")[0])
try:
    int.__module__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

# type() uses the caller's module
C = type("C", (), {})
print(C.__module__, repr(C))

# functions can change __module__ too
f.__module__ = "other"
print(f.__module__)
f.__module__ = None
print(f.__module__)

# instance attributes shadow nothing here: __module__ comes from the class
a = A()
a.__module__ = "inst"
print(a.__module__, A.__module__)

# __name__ of functions, lambdas, builtins, methods
print(f.__name__, (lambda: 0).__name__, len.__name__, [].append.__name__, A.m.__name__)
print(str.join.__name__, int.__add__.__name__, object.__init__.__name__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    len.__name__ = "x"
except AttributeError as e:
    print(type(e).__name__, e)
