# try/except/else/finally inside loops with break/continue/return,
# nested handlers and the handled exception seen by sys-free code.
def f(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f(5))

def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())

def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())

def k():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            print("handled", e)
        else:
            print("never")
        finally:
            print("fin", i)
    return "done"
print(k())

def swallow():
    while True:
        try:
            1 / 0
        finally:
            break
    return "swallowed"
print(swallow())

def nested():
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            print("inner", repr(e))
            try:
                raise IndexError("b")
            except IndexError as e2:
                print("inner2", repr(e2), repr(e2.__context__))
            raise TypeError("c")
    except TypeError as e:
        print("outer", repr(e), repr(e.__context__))
nested()

def else_branch(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return "ok %d" % y
    finally:
        print("cleanup", x)
print(else_branch(0), else_branch(5))

# the name bound by `except ... as` is deleted afterwards
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# exception in else is not caught by the same try
try:
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer got", e)

# tuples of classes, bare except, except Exception order
for exc in (ValueError("1"), TypeError("2"), KeyboardInterrupt(), StopIteration(3)):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("tuple", type(e).__name__)
    except Exception as e:
        print("exception", type(e).__name__, e.args)
    except:
        print("bare")

# return inside except inside finally
def r():
    try:
        raise ValueError
    except ValueError:
        return 1
    finally:
        print("r finally")
print(r())

# loops of raises: the handled exception resets
def counter():
    n = 0
    for i in range(1000):
        try:
            raise RuntimeError(i)
        except RuntimeError:
            n += 1
    return n
print(counter())

# raising a class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

# raising a non-exception
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)

# while/else with break in try
i = 0
while i < 5:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print("w", i)
else:
    print("no break")
print("i =", i)

# assert
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert args:", e.args)
