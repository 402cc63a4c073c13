# Implicit special method calls look on the type, never the instance.
class C:
    def __len__(self): return 1
    def __repr__(self): return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
c.__str__ = lambda: "instance str"
c.__add__ = lambda o: "instance add"
c.__hash__ = lambda: 1
c.__iter__ = lambda: iter([1])
c.__getitem__ = lambda k: k
c.__call__ = lambda: "instance call"
c.__enter__ = lambda: None
print(len(c), repr(c), str(c), c.__len__(), c.__repr__())
for label, f in [("add", lambda: c + 1), ("iter", lambda: iter(c)), ("getitem", lambda: c[0]),
                 ("call", lambda: c()), ("hash", lambda: hash(c) == hash(c))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)

# __getattr__ / __getattribute__ are not consulted for special methods
class Dyn:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)

# special methods found through the metaclass for class-level operations
class Meta(type):
    def __len__(cls): return 3
    def __iter__(cls): return iter(["m1", "m2"])
    def __getitem__(cls, k): return f"Meta[{k}]"
    def __repr__(cls): return f"<Meta class {cls.__name__}>"
class K(metaclass=Meta):
    def __len__(self): return 100
    def __repr__(self): return "K instance"
print(len(K), list(K), K["x"], repr(K), len(K()), repr(K()))

# descriptors as special methods: __get__ is honoured
class Wrapper:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        return lambda *a: self.f(obj, *a)
class W:
    __len__ = Wrapper(lambda self: 7)
    __neg__ = Wrapper(lambda self: "negated")
print(len(W()), -W())

# staticmethod and classmethod special methods
class S:
    @staticmethod
    def __len__(): return 11
    @classmethod
    def __neg__(cls): return cls.__name__
print(len(S()), -S())
