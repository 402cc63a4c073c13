# __bases__, __base__, __mro__ and mro() of classes.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

def n(t):
    return tuple(x.__name__ for x in t)
print(n(A.__bases__), A.__base__.__name__)
print(n(D.__bases__), D.__base__.__name__, n(D.__mro__), n(D.mro()))
print(object.__bases__, object.__base__, n(object.__mro__))
print(n(int.__bases__), n(bool.__bases__), bool.__base__.__name__)
print(type.__base__.__name__, n(type.__mro__))

# __base__ is the "solid" base: the one whose layout the class extends
class L(list): pass
class Mix: pass
class E(Mix, L): pass
print(E.__base__.__name__, n(E.__bases__), n(E.__mro__))
class F(Mix, int): pass
print(F.__base__.__name__)

# mro() returns a fresh list each time
m1, m2 = D.mro(), D.mro()
print(m1 == m2, m1 is m2, type(m1).__name__)
m1.append(1)
print(len(D.mro()))

# __mro__ is read-only
try:
    D.__mro__ = (D, object)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D.__base__ = A
except AttributeError as e:
    print(type(e).__name__, e)

# __bases__ on instances is not a thing
try:
    D().__bases__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D().__mro__
except AttributeError as e:
    print(type(e).__name__, e)

# mro() on the metaclass level
print(n(type.mro(D)), n(type(D).__mro__))
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)

# issubclass agrees with __mro__
for cls in (A, B, C, D, E, F):
    print(cls.__name__, [b.__name__ for b in (A, B, C, D, L, int, object) if issubclass(cls, b)])
