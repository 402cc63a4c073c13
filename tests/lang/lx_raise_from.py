# raise ... from ..., from None, implicit context, and the three attributes.
def show(e):
    print(type(e).__name__, repr(e), "| cause:", repr(e.__cause__),
          "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    raise ValueError("plain")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise TypeError("explicit") from k
except TypeError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

# from an unrelated exception, outside any handler
try:
    raise RuntimeError("outer") from IndexError("unrelated")
except RuntimeError as e:
    show(e)

# from a class: it is instantiated
try:
    raise RuntimeError("cls") from OSError
except RuntimeError as e:
    show(e)

# the attributes are writable
e = ValueError("w")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__context__ = None
e.__cause__ = None
print(e.__cause__, e.__context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)

# chains of three
def level(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError("level %d" % n) from e
try:
    level(2)
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)

# context is not set to the exception itself when re-raised
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("context of reraised:", e.__context__)

# a context cycle is broken
a = ValueError("a")
b = KeyError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except KeyError:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# from None after from: suppress stays True
try:
    try:
        raise KeyError
    except KeyError:
        raise ValueError from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
