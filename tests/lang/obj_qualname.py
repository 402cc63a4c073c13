# __qualname__ and __name__ of nested classes, methods and functions.
class Outer:
    class Inner:
        class Deep:
            def m(self): pass
        def im(self):
            def local(): pass
            return local
    def method(self):
        class InMethod:
            pass
        return InMethod
    lam = lambda self: None
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__, Outer.Inner.im.__qualname__)
print(Outer.Inner().im().__qualname__, Outer.Inner().im().__name__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(Outer.lam.__qualname__, Outer.lam.__name__)
print(Outer.sm.__qualname__, Outer.cm.__qualname__, Outer.cm.__name__)
print(repr(Outer.Inner), repr(Outer().method()))

def factory():
    class Made:
        def f(self): pass
    return Made
M = factory()
print(M.__qualname__, M.f.__qualname__, M.__name__)

def outer_fn():
    def inner_fn():
        return lambda: 0
    return inner_fn
print(outer_fn.__qualname__, outer_fn().__qualname__, outer_fn()().__qualname__)

# genexp/comprehension scopes in qualnames
class G:
    fns = [lambda: 0 for _ in range(1)]
print(G.fns[0].__qualname__)

# global declarations make the qualname global
def host():
    global Glob
    class Glob:
        def m(self): pass
    return Glob
print(host().__qualname__, host().m.__qualname__)

# changing __name__ / __qualname__
Outer.Inner.__qualname__ = "Renamed.Inner"
print(repr(Outer.Inner), Outer.Inner.__name__)
Outer.Inner.__name__ = "NewName"
print(repr(Outer.Inner), Outer.Inner.__name__)
for bad in (5, None):
    try:
        Outer.__qualname__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Outer.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del Outer.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
print(int.__qualname__, int.__name__, str.upper.__qualname__, dict.fromkeys.__qualname__)
