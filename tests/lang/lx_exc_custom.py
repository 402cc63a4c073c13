# User exception classes: __init__ and args, __str__/__repr__, hierarchy,
# except order, catching by base, attributes kept through raise.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return "config %s: %s" % (self.key, self.problem)

class NoSuper(AppError):
    def __init__(self, value):
        self.value = value

class Reprs(Exception):
    def __repr__(self):
        return "Reprs<custom>"

try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args, e.key)

try:
    raise NoSuper(5)
except AppError as e:
    print(repr(e), str(e), e.args, e.value)

print(repr(Reprs("x")), str(Reprs("x")))

def classify(exc):
    try:
        raise exc
    except ConfigError:
        return "config"
    except AppError:
        return "app"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception:
        return "other"

for exc in [ConfigError("a", "b"), AppError(), KeyError(), IndexError(), OSError()]:
    print(classify(exc))

# an exception class with class attributes and methods
class HTTPError(Exception):
    code = 500
    def describe(self):
        return "%d %s" % (self.code, self.args[0] if self.args else "")
class NotFound(HTTPError):
    code = 404
try:
    raise NotFound("page")
except HTTPError as e:
    print(e.describe())

# multiple inheritance with builtin exceptions
class LookupAndValue(KeyError, ValueError):
    pass
try:
    raise LookupAndValue("both")
except ValueError as e:
    print("caught as ValueError:", repr(e), str(e))

# an exception with keyword arguments in __init__
class WithKw(Exception):
    def __init__(self, msg, *, level=1):
        super().__init__(msg)
        self.level = level
try:
    raise WithKw("kw", level=3)
except WithKw as e:
    print(e, e.level)

# raise the class: __init__ with required args fails with TypeError
try:
    raise ConfigError
except TypeError as e:
    print(type(e).__name__, e)

# BaseException subclasses are not caught by except Exception
class Fatal(BaseException):
    pass
def f():
    try:
        raise Fatal("stop")
    except Exception:
        return "wrong"
try:
    f()
except Fatal as e:
    print("Fatal passed through", e)

# __str__ that fails
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
try:
    str(BadStr())
except RuntimeError as e:
    print(type(e).__name__, e)

# exceptions are instances; __class__ and isinstance
e = ConfigError("k", "p")
print(isinstance(e, Exception), isinstance(e, BaseException), e.__class__.__name__)
print(ConfigError.__bases__, ConfigError.__mro__[-1].__name__)
