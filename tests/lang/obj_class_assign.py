# Assigning to __class__: allowed between compatible heap classes.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A):
    def who(self): return "C"

a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A), a.x)
a.__class__ = C
print(a.who(), a.__class__.__name__, a.x)

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)

# builtin instances and builtin classes are refused
attempt("int instance", lambda: setattr(5, "__class__", bool))
attempt("to int", lambda: setattr(A(), "__class__", int))
attempt("to object", lambda: setattr(A(), "__class__", object))
attempt("not a class", lambda: setattr(A(), "__class__", 5))
attempt("list instance", lambda: setattr([], "__class__", A))
def del_class():
    del A().__class__
attempt("delete", del_class)

# layout differences
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("a", "b")
s = S1()
s.a = 5
attempt("same slots", lambda: setattr(s, "__class__", S2))
print(type(s).__name__, s.a)
attempt("more slots", lambda: setattr(s, "__class__", S3))
attempt("slots to dict", lambda: setattr(S1(), "__class__", A))
attempt("dict to slots", lambda: setattr(A(), "__class__", S1))

# builtin subclasses with the same base
class L1(list): pass
class L2(list):
    def extra(self): return "L2 extra " + str(len(self))
l = L1([1, 2])
l.__class__ = L2
print(l.extra(), l)
class D1(dict): pass
attempt("list sub to dict sub", lambda: setattr(L1(), "__class__", D1))

# changing class changes method resolution and special methods
class Loud:
    def __repr__(self): return "Loud!"
class Quiet:
    def __repr__(self): return "quiet"
q = Loud()
print(repr(q))
q.__class__ = Quiet
print(repr(q))

# state pattern
class Off:
    def press(self):
        self.__class__ = On
        return "turning on"
class On:
    def press(self):
        self.__class__ = Off
        return "turning off"
sw = Off()
print(sw.press(), sw.press(), sw.press(), type(sw).__name__)
