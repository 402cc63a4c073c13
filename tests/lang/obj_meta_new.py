# Metaclass __new__: seeing and changing the namespace, bases and kwargs.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns = dict(ns)
        ns["tag"] = kw.get("tag", "none")
        upper = {k.upper(): v for k, v in ns.items() if not k.startswith("_") and k != "tag"}
        ns.update(upper)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, tag="t1"):
    x = 1
    def f(self): return "f"
print(A.tag, A.X, A.F(A()), A.x)

class B(A):
    y = 2
print(B.tag, B.Y, type(B).__name__)

# __new__ returning something that is not a class
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return name.upper() + "!"
class NotAClass(metaclass=Weird):
    pass
print(NotAClass, type(NotAClass).__name__)

# a plain function as metaclass
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class F(metaclass=func_meta, opt=3):
    a = 1
print(F)

# __new__ can change bases
class Rebase(type):
    def __new__(mcls, name, bases, ns):
        class Extra:
            def extra(self): return "extra"
        return super().__new__(mcls, name, bases + (Extra,), ns)
class G(metaclass=Rebase): pass
print(G().extra(), [c.__name__ for c in G.__mro__])

# errors from type.__new__ called by a metaclass
class BadArgs(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases)
try:
    class H(metaclass=BadArgs): pass
except TypeError as e:
    print(type(e).__name__, e)

class KwMeta(type):
    pass
try:
    class I(metaclass=KwMeta, flavour=1): pass
except TypeError as e:
    print(type(e).__name__, e)
