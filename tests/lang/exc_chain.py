# raise from, __context__, __cause__, __suppress_context__, add_note,
# custom exception classes with __str__/__init__, exception attributes.
def chain():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise KeyError("second") from e
    except KeyError as e:
        return e
e = chain()
print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y") from None
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# implicit context several levels deep
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise LookupError("b")
    except LookupError:
        raise ArithmeticError("c")
except ArithmeticError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)

# a context cycle is broken
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        try:
            raise TypeError("t")
        except TypeError:
            raise v
except ValueError as e:
    print("cycle:", repr(e.__context__), repr(e.__context__.__context__))

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code)

class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), str(Quiet(1)), str(Quiet(1, 2)), repr(Quiet("a", 2)))

class Hier(LookupError):
    pass
class Deeper(Hier):
    pass
try:
    raise Deeper("d")
except KeyError:
    print("wrong")
except LookupError as e:
    print("LookupError caught", type(e).__mro__[:3])

# notes
e = ValueError("with notes")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)

# args manipulation
e = Exception("a", "b")
e.args = ("c",)
print(e, e.args)
e = BaseException()
print(repr(e), e.args, str(e) == "")

# with_traceback and __traceback__
try:
    raise ValueError("tb")
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
    print(e.with_traceback(None) is e, e.__traceback__)

# StopIteration value, KeyError str, OSError errno
print(StopIteration(5).value, StopIteration().value)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o))
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
print(str(SystemExit(3)), SystemExit(3).code)
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(RecursionError, RuntimeError))

# exceptions compare by identity and are hashable
a = ValueError(1)
print(a == ValueError(1), a == a, hash(a) == hash(a))

# exception raised in __str__ of a handled exception
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
try:
    str(BadStr())
except RuntimeError as e:
    print("BadStr:", e)

# raise in finally replaces the exception and keeps context
try:
    try:
        raise ValueError("body")
    finally:
        raise TypeError("finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))

# re-raise keeps the original traceback object
def raiser():
    raise ValueError("deep")
try:
    try:
        raiser()
    except ValueError as e:
        first = e.__traceback__
        raise
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)
