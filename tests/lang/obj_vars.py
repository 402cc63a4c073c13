# vars(): __dict__ of objects, and errors.
class P:
    a = 1
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z)
print(type(vars(P)).__name__, vars(P)["a"], "x" in vars(P))

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("int", lambda: vars(5))
attempt("list", lambda: vars([]))
attempt("None", lambda: vars(None))
attempt("object()", lambda: vars(object()))
class Slotted:
    __slots__ = ("a",)
attempt("slots", lambda: vars(Slotted()))
attempt("two args", lambda: vars(p, p))

# objects with a __dict__ attribute that is not a real dict
class Custom:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(Custom()))
class NotDict:
    __dict__ = "a string"
print(vars(NotDict()))

# vars() of functions, modules, classes
def f(): pass
f.attr = 1
print(vars(f))
print(sorted(k for k in vars(int) if k in ("__add__", "real", "bit_length")))

# vars() without arguments is locals()
def local_vars():
    a = 1
    b = "two"
    return vars()
print(local_vars())
class Body:
    q = 1
    names = sorted(k for k in vars() if not k.startswith("__"))
print(Body.names)

# instance dict ordering follows assignment order
class Ordered: pass
o = Ordered()
o.c, o.a, o.b = 1, 2, 3
print(list(vars(o)))
del o.a
o.a = 4
print(list(vars(o)))
