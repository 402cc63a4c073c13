# 3.9-3.12: classmethod wraps other descriptors (chaining __get__).
class A:
    _name = "A-name"
    @classmethod
    @property
    def name(cls):
        return cls._name + "!"
class B(A):
    _name = "B-name"
print(A.name, B.name, A().name, B().name)

# classmethod around a staticmethod
class C:
    @classmethod
    @staticmethod
    def s():
        return "static in classmethod"
try:
    print(C.s())
except TypeError as e:
    print(type(e).__name__, e)

# classmethod around an object with __get__
class Desc:
    def __get__(self, obj, owner=None):
        return ("Desc.__get__", obj.__name__ if isinstance(obj, type) else obj,
                owner.__name__ if owner else None)
class D:
    x = classmethod(Desc())
print(D.x, D().x)

# classmethod of classmethod
class E:
    @classmethod
    @classmethod
    def twice(cls):
        return cls
try:
    r = E.twice()
    print(r is type(E) or r is E, r.__name__ if isinstance(r, type) else r)
except TypeError as e:
    print(type(e).__name__, e)

# property of classmethod is not the same thing
class F:
    @property
    @classmethod
    def odd(cls):
        return cls
try:
    F().odd
except TypeError as e:
    print(type(e).__name__, e)

# classmethod wrapping a plain callable without __get__
class G:
    m = classmethod(len)
try:
    G.m()
except TypeError as e:
    print(type(e).__name__, e)
print(type(G.__dict__["m"].__func__).__name__)
