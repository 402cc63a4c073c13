# type(x): the class of x; type.__call__ special cases.
class A: pass
class B(A): pass
class Meta(type): pass
class C(metaclass=Meta): pass
print(type(A()), type(B()).__name__, type(A), type(C), type(Meta), type(type))
print(type(1), type(1.0), type("s"), type(b"b"), type([]), type(()), type({}), type(set()))
print(type(None), type(...), type(NotImplemented), type(len), type(type.__name__))
print(type(lambda: 0).__name__, type(A().__init__).__name__, type(iter([])).__name__)
print(type(x for x in []).__name__, type(range(1)).__name__, type(slice(1)).__name__)

# type(x) ignores a fake __class__
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(type(f).__name__, f.__class__.__name__)

# subclasses of type called with one argument
print(Meta(5) if False else "skip")
try:
    Meta(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(object=1)
except TypeError as e:
    print(type(e).__name__, e)

# type(x) vs x.__class__ after __class__ assignment
class X: pass
class Y: pass
x = X()
x.__class__ = Y
print(type(x).__name__, x.__class__.__name__)

# type() of classes made in functions
def make():
    class Local: pass
    return Local()
print(type(make()).__qualname__, type(make()) is type(make()))

# comparing types
print(type(1) == int, type(True) == int, type(True) != int, type(A()) in (A, B))
print(sorted([int, str, float], key=lambda t: t.__name__))
