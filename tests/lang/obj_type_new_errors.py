# type.__new__ and type.__init__ called directly, with bad arguments.
def t(label, fn):
    try:
        r = fn()
        print(label, "->", r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

t("ok", lambda: type.__new__(type, "A", (), {}))
t("2 args", lambda: type.__new__(type, "A", ()))
t("no args", lambda: type.__new__(type))
t("4 args", lambda: type.__new__(type, "A", (), {}, 1))
t("bad name", lambda: type.__new__(type, 1, (), {}))
t("bad bases", lambda: type.__new__(type, "A", [object], {}))
t("bad dict", lambda: type.__new__(type, "A", (), [("a", 1)]))
t("not type", lambda: type.__new__(5, "A", (), {}))
t("not subtype", lambda: type.__new__(int, "A", (), {}))
t("nothing", lambda: type.__new__())
t("init 2", lambda: type.__init__(type("Z", (), {}), 1, 2))
t("init 3", lambda: type.__init__(type("Z", (), {}), 1, 2, 3))
t("init kw", lambda: type.__init__(type("Z", (), {}), 1, x=2))

class M(type):
    pass
t("M 1 arg", lambda: M(5))
t("M 2 args", lambda: M("A", ()))
t("M ok", lambda: M("A", (), {}))
t("M type", lambda: type(M("A", (), {})).__name__)

# a metaclass whose __new__ forgets to call type.__new__ properly
class Broken(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(name, bases, ns)
def use_broken():
    class C(metaclass=Broken): pass
t("Broken", use_broken)

class Broken2(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(int, name, bases, ns)
def use_broken2():
    class C(metaclass=Broken2): pass
t("Broken2", use_broken2)

# object.__new__ for a type
t("object.__new__(type)", lambda: object.__new__(type))
t("int.__new__(str)", lambda: int.__new__(str, 5))
t("int.__new__(bool)", lambda: int.__new__(bool, 5))
t("object.__new__(int)", lambda: object.__new__(int))
t("object.__new__(5)", lambda: object.__new__(5))
t("list.__new__(dict)", lambda: list.__new__(dict))
