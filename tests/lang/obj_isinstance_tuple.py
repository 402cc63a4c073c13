# isinstance/issubclass with tuples, nested tuples and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(bool, (str, (float, int))))
print(isinstance(1, (int, str)), isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(issubclass(B, B), issubclass(B, object), issubclass(object, B), issubclass(type, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("isinstance 5", lambda: isinstance(1, 5))
attempt("isinstance tuple with 5", lambda: isinstance(1, (str, 5)))
attempt("isinstance tuple hit first", lambda: isinstance(1, (int, 5)))
attempt("isinstance list", lambda: isinstance(1, [int]))
attempt("issubclass instance", lambda: issubclass(b, A))
attempt("issubclass 2nd", lambda: issubclass(B, b))
attempt("issubclass str", lambda: issubclass("B", A))
attempt("isinstance no args", lambda: isinstance(1))
attempt("isinstance kw", lambda: isinstance(1, cls=int))

# deeply nested tuples
t = int
for _ in range(50):
    t = (t,)
print(isinstance(1, t), issubclass(bool, t))

# objects with __bases__ act as classes for issubclass (abstract protocol)
class FakeBase:
    __bases__ = ()
class FakeDerived:
    def __init__(self, base):
        self.__bases__ = (base,)
fb = FakeBase()
attempt("fake issubclass", lambda: issubclass(FakeDerived(fb), fb))
attempt("fake issubclass same", lambda: issubclass(fb, fb))

# __class__ property affects isinstance
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)

# exceptions and builtin hierarchies
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
print(isinstance(KeyError(), (IndexError, LookupError)), issubclass(BaseException, Exception))
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(dict, (list, object)))
