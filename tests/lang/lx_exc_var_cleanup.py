# `except E as name` unbinds name at the end of the handler, even when the
# name existed before; the exception object itself lives on elsewhere.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def in_function():
    exc = "local before"
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "unbound: " + str(err), repr(saved)
print(in_function())

# the name is unbound even when the handler exits by return or break
def by_return():
    try:
        raise KeyError
    except KeyError as k:
        return "returned"
print(by_return())

for i in range(1):
    try:
        raise IndexError
    except IndexError as ix:
        break
print("ix" in globals())

# del inside the handler is fine (no error at the implicit del)
try:
    raise TypeError
except TypeError as t:
    del t
print("t" in globals())

# rebinding inside the handler is also unbound at the end
try:
    raise TypeError
except TypeError as t2:
    t2 = "rebound"
print("t2" in globals())

# a closure that captured the name sees it unbound later
def closure_case():
    try:
        raise OSError("os")
    except OSError as err:
        def get():
            return err
        inside = get()
    try:
        return inside, get()
    except NameError as ne:
        return repr(inside), type(ne).__name__, str(ne)
print(closure_case())

# the handler's name in a class body
class K:
    try:
        raise ValueError
    except ValueError as cls_e:
        caught = True
print(K.caught, hasattr(K, "cls_e"))

# except without as keeps nothing
try:
    raise ValueError
except ValueError:
    pass

# the same name in nested handlers
try:
    raise ValueError("outer")
except ValueError as x:
    try:
        raise KeyError("inner")
    except KeyError as x:
        print("inner x", repr(x))
    try:
        print(x)
    except NameError as ne:
        print("after inner handler:", ne)
