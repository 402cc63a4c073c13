# object.__new__ / object.__init__ and extra arguments.
class Empty: pass
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("Empty()", lambda: Empty())
attempt("Empty(1)", lambda: Empty(1))
attempt("Empty(x=1)", lambda: Empty(x=1))
attempt("object(1)", lambda: object(1))
attempt("object.__new__(Empty, 1)", lambda: object.__new__(Empty, 1))

class OnlyInit:
    def __init__(self, a):
        self.a = a
attempt("OnlyInit(1)", lambda: OnlyInit(1))
attempt("OnlyInit()", lambda: OnlyInit())
attempt("OnlyInit(1, 2)", lambda: OnlyInit(1, 2))
attempt("object.__new__(OnlyInit, 1)", lambda: object.__new__(OnlyInit, 1))

class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
attempt("OnlyNew(1)", lambda: OnlyNew(1))
attempt("OnlyNew()", lambda: OnlyNew())
attempt("object.__init__ extra", lambda: object.__init__(OnlyNew(1), 5))

class PassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
attempt("PassesArgs()", lambda: PassesArgs())
attempt("PassesArgs(1)", lambda: PassesArgs(1))

class InitPasses:
    def __init__(self, *args):
        super().__init__(*args)
attempt("InitPasses()", lambda: InitPasses())
attempt("InitPasses(1)", lambda: InitPasses(1))

class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        super().__init__()
attempt("Both(1, k=2)", lambda: Both(1, k=2))

# object.__new__ errors
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(5)", lambda: object.__new__(5))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(object)", lambda: object.__new__(object))
attempt("object.__init__()", lambda: object.__init__())

# abstract-like: __abstractmethods__ set by hand
class Abstract:
    pass
Abstract.__abstractmethods__ = frozenset({"run", "stop"})
attempt("Abstract()", lambda: Abstract())
Abstract.__abstractmethods__ = frozenset()
attempt("Abstract() after clearing", lambda: Abstract())
Abstract.__abstractmethods__ = frozenset({"only"})
attempt("Abstract() one method", lambda: Abstract())
