# __getattr__: called only when normal lookup fails.
class Lazy:
    cls_attr = "class"
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real, l.cls_attr)
print(l.auto_x)
print(l.auto_x)          # now cached: no __getattr__ call
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "missing", "dflt"), hasattr(l, "nope"), hasattr(l, "auto_y"))

# __getattr__ is not used for dunder lookups by the interpreter
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([1, 2, 3])
print(p.count(2), p.index(3))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
print(p.__len__())       # explicit attribute access goes through __getattr__

# __getattr__ raising something else propagates
class Bad:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Bad().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Bad(), "x")
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(Bad(), "__class__").__name__)

# a property raising AttributeError triggers __getattr__
class WithProp:
    @property
    def p(self):
        raise AttributeError("p failed")
    def __getattr__(self, name):
        return f"getattr({name})"
print(WithProp().p)

# __getattr__ on the class does not affect class attribute lookup
class Meta(type):
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class M(metaclass=Meta):
    def __getattr__(self, name):
        return f"M.__getattr__({name})"
print(M.whatever, M().whatever)

# inheritance of __getattr__
class Sub(Lazy):
    pass
print(Sub().auto_q)
# __getattr__ returning None
class N:
    def __getattr__(self, name):
        return None
print(N().anything, hasattr(N(), "x"))
