# a comparison method whose descriptor raises while binding counts as absent
def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
e = E()
print(e == e, E() == E(), e != E())
try:
    E() < E()
except TypeError as x:
    print(type(x).__name__, x)

class A:
    a = property(booh)
try:
    A().a
except AttributeError as x:
    print(type(x).__name__, x)

class R:   # errors of the call itself still propagate
    def __eq__(self, other):
        raise ValueError("from __eq__")
try:
    R() == 1
except ValueError as x:
    print(type(x).__name__, x)

class G:   # a descriptor returning a callable is called
    class D:
        def __get__(self, obj, typ):
            return lambda other: ('bound', type(other).__name__)
    __eq__ = D()
print(G() == 3)
