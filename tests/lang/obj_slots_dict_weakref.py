# __slots__ with "__dict__" and "__weakref__" entries.
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.extra, w.__dict__, "a" in w.__dict__)
print(sorted(k for k in WithDict.__dict__ if k in ("a", "__dict__", "__weakref__")))

class WithWeak:
    __slots__ = ("a", "__weakref__")
ww = WithWeak()
print(ww.__weakref__)
try:
    ww.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in WithWeak.__dict__ if k in ("a", "__dict__", "__weakref__")))

# subclass without __slots__ gets a __dict__ again
class Sub(WithWeak):
    pass
s = Sub()
s.b = 2
print(s.b, s.__dict__)

# subclass with __slots__ adds to the parent's
class Sub2(WithWeak):
    __slots__ = ("c",)
s2 = Sub2()
s2.a, s2.c = 1, 3
print(s2.a, s2.c, hasattr(s2, "__dict__"))
try:
    s2.d = 4
except AttributeError as e:
    print(type(e).__name__, e)

# "__dict__" twice, or when a base already has one
try:
    class Twice(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class TwiceW(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain: pass
    class OverPlain(Plain):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

# __dict__ assignment on a slotted class with __dict__
w.__dict__ = {"q": 7}
print(w.q, w.a)
try:
    w.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithWeak().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
