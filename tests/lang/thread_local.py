# _thread._local in one thread: attributes, __dict__, subclasses with __init__ args, slots.
import _thread

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

l = _thread._local()
t("missing", lambda: l.x)
l.x = 1
l.y = [2]
t("x", lambda: l.x)
t("dict", lambda: l.__dict__)
del l.x
t("dict", lambda: l.__dict__)
t("del missing", lambda: delattr(l, "x"))
t("set __dict__", lambda: setattr(l, "__dict__", {}))
t("del __dict__", lambda: delattr(l, "__dict__"))
l.__dict__["z"] = 3
t("z", lambda: l.z)
t("args", lambda: _thread._local(1))
t("kwargs", lambda: _thread._local(a=1))
print(type(l).__name__, type(l).__module__, repr(l).startswith("<_thread._local object at 0x"))
print(sorted(_thread._local.__dict__))
t("getattr default", lambda: getattr(l, "nope", "dflt"))
t("hasattr", lambda: (hasattr(l, "y"), hasattr(l, "x")))

class C(_thread._local):
    cls_attr = "class"
    def __init__(self, a, b=2):
        print("init", a, b)
        self.a = a
    def m(self):
        return self.a + 1
    @property
    def p(self):
        return self.a * 10

c = C(1, b=3)
t("c", lambda: (c.a, c.m(), c.p, c.cls_attr, c.__dict__))
t("C()", lambda: C())
c.a = 5
t("c.p", lambda: c.p)
print(isinstance(c, _thread._local), type(c).__name__)

class D(_thread._local):
    __slots__ = ("s",)
d = D()
d.s = 5
d.other = 6
t("slots", lambda: (d.s, d.__dict__))

class E(_thread._local):
    def __getattr__(self, name):
        return "fallback " + name
e = E()
e.q = 1
t("getattr hook", lambda: (e.q, e.zzz))

class F(_thread._local):
    def __init__(self):
        self.n = 0
    def __setattr__(self, name, v):
        print("setattr", name, v)
        super().__setattr__(name, v)
f = F()
f.n += 1
t("f", lambda: f.__dict__)

import weakref
r = weakref.ref(l)
print("weakref", r() is l)
