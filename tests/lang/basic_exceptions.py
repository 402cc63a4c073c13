# Exceptions: try/except/else/finally, raise from, chaining, custom
# exception classes, with-statements, re-raise.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")
print(div(1, 2), div(1, 0))
class MyError(Exception):
    pass
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise MyError("outer") from e
except MyError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print("context:", repr(e.__context__))
try:
    try:
        raise TypeError("again")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with CM() as cm:
    raise ValueError("suppressed")
print("after with")
for exc in (IndexError, KeyError, AttributeError, NameError):
    try:
        raise exc("x")
    except LookupError as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
try:
    undefined_name
except NameError as e:
    print(e)
def f():
    return x_local
    x_local = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
