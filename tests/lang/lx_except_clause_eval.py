# The except clause's type expression: evaluated lazily, only when an
# exception reaches it, in order; errors while evaluating it.
log = []
def kind(name, cls):
    log.append(name)
    return cls

def run(exc):
    log.clear()
    try:
        try:
            if exc:
                raise exc
            log.append("no exception")
        except kind("first", KeyError):
            log.append("handled by first")
        except kind("second", (ValueError, TypeError)):
            log.append("handled by second")
        except kind("third", Exception) as e:
            log.append("handled by third " + type(e).__name__)
    except Exception as e:
        log.append("escaped " + type(e).__name__)
    print(log)

run(None)
run(KeyError())
run(TypeError())
run(OSError())
try:
    run(KeyboardInterrupt)
except BaseException as e:
    print("not an Exception:", type(e).__name__, log)

# an error while evaluating the clause replaces the exception, chained
def bad_clause():
    try:
        raise ValueError("original")
    except undefined_name:
        pass
try:
    bad_clause()
except NameError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# a non-class anywhere in the tuple fails, even after a matching class
def lazy_tuple():
    try:
        raise KeyError
    except (KeyError, 5):
        return "matched before the bad element"
try:
    print(lazy_tuple())
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def lazy_tuple2():
    try:
        raise ValueError
    except (KeyError, 5):
        return "not here"
try:
    lazy_tuple2()
except TypeError as e:
    print(type(e).__name__, e)

# nested tuples are not allowed as except targets? (they are: flattened? no)
def nested_tuple():
    try:
        raise IndexError
    except ((KeyError, IndexError), ValueError):
        return "nested tuple matched"
try:
    print(nested_tuple())
except TypeError as e:
    print(type(e).__name__, e)

# the class can be any expression, including a call result
def pick():
    return ZeroDivisionError
try:
    1 / 0
except pick() as e:
    print("call result class:", type(e).__name__)

# subclass of the raised type does not match
class Sub(ValueError):
    pass
try:
    try:
        raise ValueError("base")
    except Sub:
        print("not matched")
except ValueError as e:
    print("base not caught by subclass clause:", e)
