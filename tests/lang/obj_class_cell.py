# The __class__ cell and __classcell__ propagation through metaclasses.
class A:
    def get(self):
        return __class__
    def uses_super(self):
        return super()
print(A().get() is A, type(A().uses_super()).__name__)

# __classcell__ is in the namespace the metaclass sees
class Spy(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class B(metaclass=Spy):
    def f(self):
        return __class__
class B2(metaclass=Spy):
    def f(self):
        return 1
print(B().f() is B)

# a metaclass that drops __classcell__
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class C(metaclass=Dropper):
        def f(self):
            return __class__
    print("created", C().f())
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)

# a metaclass returning a different class than the one built
class Other: pass
class Liar(type):
    def __new__(mcls, name, bases, ns):
        super().__new__(mcls, name, bases, ns)
        return Other
try:
    class D(metaclass=Liar):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, str(e).replace("__main__.", ""))

# the cell is shared by every method and nested function
class E:
    def a(self):
        return __class__
    def b(self):
        def inner():
            return __class__
        return inner()
    c = lambda self: __class__
print(E().a() is E().b() is E().c() is E)

# bad __classcell__ given to type()
try:
    type("F", (), {"__classcell__": 5})
except TypeError as e:
    print(type(e).__name__, e)

# __class__ in a class body defined in a method
class G:
    def make(self):
        class Inner:
            def who(self):
                return __class__.__name__
        return Inner
    def who(self):
        return __class__.__name__
print(G().make()().who(), G().who())
