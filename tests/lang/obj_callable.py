# callable() for every kind of object.
class WithCall:
    def __call__(self): return "called"
class Without: pass
def f(): pass
class M:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1

checks = [
    ("function", f), ("lambda", lambda: 0), ("builtin", len), ("builtin method", [].append),
    ("class", WithCall), ("instance with __call__", WithCall()), ("instance without", Without()),
    ("bound method", M().m), ("staticmethod obj", M.__dict__["s"]), ("classmethod obj", M.__dict__["c"]),
    ("property obj", M.__dict__["p"]), ("int", 1), ("str", "s"), ("None", None), ("type", type),
    ("object", object), ("object()", object()), ("generator", (x for x in [])), ("method descr", str.upper),
    ("slot wrapper", int.__add__), ("method-wrapper", (1).__add__), ("super", super(M, M())),
]
for name, obj in checks:
    print(f"{name:25} {callable(obj)}")

# callable depends on the type, not the instance
w = Without()
w.__call__ = lambda: 1
print(callable(w))
Without.__call__ = lambda self: 2
print(callable(w), w())
del Without.__call__
print(callable(w))

# __call__ = None
class NoneCall:
    __call__ = None
print(callable(NoneCall()))

# errors
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
