# Generator throw(): types, instances, (type, value), caught and yielding,
# uncaught, after close, and the traceback argument.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError("inst")))
print(next(g))
print(g.throw(ValueError, "from value"))
print(next(g))
print(g.throw(ValueError, ("tuple", 2)))
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("closed after uncaught throw")

# throw into an unstarted generator: raised at the start, body never runs
def never():
    print("never prints")
    yield
n = never()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
try:
    next(n)
except StopIteration:
    print("unstarted generator now finished")

# throw into a finished generator re-raises the exception as is
try:
    n.throw(IndexError("late"))
except IndexError as e:
    print("late:", e)

# bad arguments to throw
g = catcher()
next(g)
for args in [(42,), (ValueError("x"), "v"), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)

# the generator returns on throw: StopIteration carries the value
def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled"
g = returns_on_throw()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

# a traceback argument is accepted (3-argument form)
def tb_source():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = tb_source()
g = catcher()
next(g)
try:
    g.throw(type(err), err, err.__traceback__)
except ZeroDivisionError as e:
    print("with traceback:", e, e.__traceback__ is not None)

# throw an exception that the generator converts
def converts():
    try:
        yield
    except LookupError as e:
        raise TypeError("converted") from e
g = converts()
next(g)
try:
    g.throw(KeyError("k"))
except TypeError as e:
    print(e, repr(e.__cause__), repr(e.__context__))

# the finally block runs when throw is not handled
def with_finally():
    try:
        yield 1
    finally:
        print("finally on throw")
g = with_finally()
next(g)
try:
    g.throw(OSError("os"))
except OSError as e:
    print(type(e).__name__, e)
