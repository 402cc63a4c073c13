# __dir__ overrides what dir() reports.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(Custom()))

class ReturnsTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(ReturnsTuple()))

class ReturnsGen:
    def __dir__(self):
        return (name for name in ["y", "x"])
print(dir(ReturnsGen()))

class ReturnsDict:
    def __dir__(self):
        return {"k2": 1, "k1": 2}
print(dir(ReturnsDict()))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class ReturnsNone:
    def __dir__(self):
        return None
attempt("None", lambda: dir(ReturnsNone()))
class ReturnsInt:
    def __dir__(self):
        return 5
attempt("int", lambda: dir(ReturnsInt()))
class Mixed:
    def __dir__(self):
        return ["a", 1]
attempt("mixed", lambda: dir(Mixed()))
class Raises:
    def __dir__(self):
        raise RuntimeError("no dir")
attempt("raises", lambda: dir(Raises()))

# __dir__ is looked up on the type
class Plain: pass
p = Plain()
p.__dir__ = lambda: ["instance"]
print("instance" in dir(p), "__dir__" in dir(p))

# a proxy combining its own names with its target's
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(dir(self._target)))
pr = Proxy([])
names = dir(pr)
print("append" in names, "_target" in names, names == sorted(names))

# __dir__ on a metaclass controls dir(class)
class Meta(type):
    def __dir__(cls):
        return ["meta", "listed"]
class K(metaclass=Meta): pass
print(dir(K))
print(type(object.__dir__(Custom())).__name__)
