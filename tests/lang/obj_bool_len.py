# Truth testing: __bool__, then __len__, then true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n
class Neither: pass
class Both:
    def __bool__(self): return False
    def __len__(self): return 5

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()), bool(Both()))
print(not B(False), "yes" if L(2) else "no", [x for x in (L(0), L(1)) if x] != [])
print(B(True) and "and-right", L(0) or "or-right")
while L(0):
    pass
print(len(Both()))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class BadBool:
    def __init__(self, r): self.r = r
    def __bool__(self): return self.r
attempt("bool int", lambda: bool(BadBool(1)))
attempt("bool None", lambda: bool(BadBool(None)))
attempt("not", lambda: not BadBool("x"))
attempt("if", lambda: 1 if BadBool(0) else 2)

class BadLen:
    def __init__(self, r): self.r = r
    def __len__(self): return self.r
attempt("len neg", lambda: len(BadLen(-1)))
attempt("bool neg len", lambda: bool(BadLen(-1)))
attempt("len float", lambda: len(BadLen(1.5)))
attempt("len str", lambda: len(BadLen("3")))
attempt("len huge", lambda: len(BadLen(2 ** 70)))
attempt("len bool", lambda: len(BadLen(True)))
class MyInt(int): pass
attempt("len int subclass", lambda: len(BadLen(MyInt(4))))
attempt("len None", lambda: len(Neither()))
attempt("len int", lambda: len(5))

# __bool__ = None makes the object unusable in boolean context
class NoBool:
    __bool__ = None
attempt("NoBool", lambda: bool(NoBool()))
class NoLen:
    __len__ = None
attempt("NoLen len", lambda: len(NoLen()))
attempt("NoLen bool", lambda: bool(NoLen()))

# __bool__ inherited, overridden by subclasses
class Sub(L):
    def __bool__(self): return True
print(bool(Sub(0)))
# builtin containers and subclasses
class MyList(list):
    def __len__(self): return 0
print(bool(MyList([1, 2])), len(MyList([1])), bool([0]), bool(""), bool(0.0), bool(0j))
