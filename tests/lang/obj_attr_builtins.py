# getattr/setattr/hasattr/delattr builtins.
class P:
    cls_attr = "c"
    def __init__(self): self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", None), getattr(P, "x", "no x on class"))
print(hasattr(p, "x"), hasattr(p, "nope"), hasattr(P, "cls_attr"), hasattr(1, "real"))
setattr(p, "y", 2)
setattr(P, "z", 3)
print(p.y, p.z, P.z)
delattr(p, "y")
print(hasattr(p, "y"))
delattr(P, "z")
print(hasattr(p, "z"))
# names need not be identifiers
setattr(p, "not an identifier", 5)
print(getattr(p, "not an identifier"), vars(p))
setattr(p, "", 0)
print(getattr(p, ""))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("getattr missing", lambda: getattr(p, "missing"))
attempt("getattr non-str", lambda: getattr(p, 1))
attempt("getattr non-str default", lambda: getattr(p, 1, "d"))
attempt("getattr no args", lambda: getattr(p))
attempt("getattr too many", lambda: getattr(p, "x", 1, 2))
attempt("setattr non-str", lambda: setattr(p, None, 1))
attempt("setattr too few", lambda: setattr(p, "x"))
attempt("delattr missing", lambda: delattr(p, "missing"))
attempt("delattr non-str", lambda: delattr(p, 3))
attempt("hasattr non-str", lambda: hasattr(p, 3))
attempt("hasattr one arg", lambda: hasattr(p))
attempt("setattr int", lambda: setattr(5, "x", 1))
attempt("delattr builtin", lambda: delattr(int, "real"))

# hasattr only swallows AttributeError
class Odd:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom!")
        raise AttributeError(name)
attempt("hasattr swallow", lambda: hasattr(Odd(), "quiet"))
try:
    hasattr(Odd(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
attempt("getattr default not for ValueError", lambda: getattr(Odd(), "boom", 1))

# str subclasses as names
class Name(str): pass
setattr(p, Name("named"), "v")
print(getattr(p, Name("named")), p.named, hasattr(p, Name("named")))

# getattr on modules and builtins
print(getattr(len, "__name__"), getattr(str, "upper")("a"), getattr([], "append").__name__)
