# C3 linearisation on diamonds and deeper hierarchies; mro() vs __mro__.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print([c.__name__ for c in Z.mro()])
print(type(Z.mro()).__name__, type(Z.__mro__).__name__)

# the classic diamond
class Top:
    def who(self): return "Top"
class Left(Top):
    def who(self): return "Left>" + super().who()
class Right(Top):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(names(Bottom))
print(Bottom().who())

# object is always last, and a class never appears twice
class X: pass
class Y(X): pass
class W(Y, X): pass
print(names(W))
print(object.__mro__, names(int), names(bool))

# mro() can be overridden by a metaclass
class RevMeta(type):
    def mro(cls):
        base = super().mro()
        print("mro() called for", cls.__name__)
        return base
class R(metaclass=RevMeta): pass
class R2(R): pass
print(names(R2))

# MRO decides which method wins
class P1:
    x = "P1"
class P2:
    x = "P2"
class Q(P1, P2): pass
class Q2(P2, P1): pass
print(Q.x, Q2.x)

# errors
for bases in [(X, Y), (Left, Top, Right)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Bad2(Top, Bottom): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
