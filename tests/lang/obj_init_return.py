# __init__ must return None.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

class RetInt:
    def __init__(self): return 1
class RetStr:
    def __init__(self): return "s"
class RetNone:
    def __init__(self): return None
class RetSelf:
    def __init__(self): return self
class Gen:
    def __init__(self):
        yield 1
class RetFalse:
    def __init__(self): return False
attempt("int", RetInt)
attempt("str", RetStr)
attempt("None", RetNone)
attempt("self", RetSelf)
attempt("generator", Gen)
attempt("False", RetFalse)

# calling __init__ directly is just a call
print(RetInt.__init__(object.__new__(RetInt)))

# __init__ with wrong signature
class TakesTwo:
    def __init__(self, a, b):
        self.a, self.b = a, b
attempt("missing arg", lambda: TakesTwo(1))
attempt("extra arg", lambda: TakesTwo(1, 2, 3))
attempt("bad kw", lambda: TakesTwo(1, c=2))
attempt("dup kw", lambda: TakesTwo(1, a=2))
attempt("ok kw", lambda: TakesTwo(b=1, a=2))

# __init__ raising leaves no object behind
class Fails:
    created = 0
    def __init__(self):
        Fails.created += 1
        raise ValueError("init failed")
try:
    Fails()
except ValueError as e:
    print(type(e).__name__, e, Fails.created)

# __init__ is not called by __new__ for a second time
class Count:
    inits = 0
    def __init__(self):
        Count.inits += 1
c = Count()
Count.__new__(Count)
print(Count.inits)
# re-initialising an existing object
c.__init__()
print(Count.inits)

# __init__ = None
class NoneInit:
    __init__ = None
attempt("NoneInit", NoneInit)
# __init__ defined as a lambda
class LambdaInit:
    __init__ = lambda self, v: setattr(self, "v", v)
print(LambdaInit(7).v)
