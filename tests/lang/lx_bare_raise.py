# Bare raise: inside handlers, after nested handlers, in functions called
# from handlers, and with no active exception.
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("reraised", repr(e))

def helper():
    raise

def from_helper():
    try:
        raise KeyError("k")
    except KeyError:
        helper()

try:
    from_helper()
except KeyError as e:
    print("helper reraised", repr(e))

def nested_restores():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise

try:
    nested_restores()
except ValueError as e:
    print("outer restored", repr(e), repr(e.__context__))

def no_active():
    raise

try:
    no_active()
except RuntimeError as e:
    print(type(e).__name__, e)

def after_handler():
    try:
        raise ValueError
    except ValueError:
        pass
    raise

try:
    after_handler()
except RuntimeError as e:
    print("after handler:", e)

def in_finally():
    try:
        raise IndexError("fin")
    finally:
        pass

try:
    in_finally()
except IndexError as e:
    print("finally passes through", repr(e))

def reraise_modified():
    try:
        raise ValueError("a")
    except ValueError as e:
        e.args = ("changed",)
        raise

try:
    reraise_modified()
except ValueError as e:
    print(e)

def raise_e_again():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e

try:
    raise_e_again()
except ValueError as e:
    print("raise e", repr(e), e.__context__)

def raise_class():
    raise IndexError

try:
    raise_class()
except IndexError as e:
    print("class raised:", repr(e), e.args)

def raise_non_exception():
    raise 42

try:
    raise_non_exception()
except TypeError as e:
    print(type(e).__name__, e)

def raise_non_exception_class():
    raise int

try:
    raise_non_exception_class()
except TypeError as e:
    print(type(e).__name__, e)

class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)

def raise_from_bad():
    raise ValueError from 5
try:
    raise_from_bad()
except TypeError as e:
    print(type(e).__name__, e)

raise
