# __repr__ and __str__: fallbacks, containers, errors.
class Both:
    def __repr__(self): return "Both.repr"
    def __str__(self): return "Both.str"
class ReprOnly:
    def __repr__(self): return "ReprOnly.repr"
class StrOnly:
    def __str__(self): return "StrOnly.str"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b))
print(r, str(r), repr(r))        # str falls back to __repr__
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"))
print([b, r], (b,), {"k": b}, {b: 1} if False else "", [s].__repr__().startswith("[<__main__"))
print(format(b), "{}".format(b), "{!r}".format(b))

# bad return types
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: str(BadRepr()),
          lambda: [BadRepr()].__repr__(), lambda: f"{BadStr()}", lambda: print(BadStr())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# str subclasses are accepted (and kept as returned for str())
class MyStr(str): pass
class SubRet:
    def __repr__(self): return MyStr("sub-repr")
    def __str__(self): return MyStr("sub-str")
print(repr(SubRet()), str(SubRet()), type(str(SubRet())).__name__, type(repr(SubRet())).__name__)

# exceptions inside __repr__ propagate
class Raises:
    def __repr__(self): raise ValueError("repr failed")
try:
    repr([1, Raises()])
except ValueError as e:
    print(type(e).__name__, e)

# recursive containers
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)

# __repr__ looked up on the type
class Inst:
    pass
i = Inst()
i.__repr__ = lambda: "instance attr"
print(repr(i).startswith("<__main__.Inst object"))
Inst.__repr__ = lambda self: "class attr"
print(repr(i), str(i))

# default reprs of classes and builtins
print(repr(Both), repr(int), repr(None), repr(NotImplemented), repr(...), repr(type))
class Outer:
    class Inner: pass
print(repr(Outer.Inner), str(Outer.Inner))

# ascii() uses __repr__
class Uni:
    def __repr__(self): return "caf\u00e9"
print(ascii(Uni()), repr(Uni()))
# object.__repr__ and object.__str__ called explicitly
print(object.__str__(b), object.__repr__(b).startswith("<__main__.Both object"))
