# Exception context inside generators: the handled exception across yields,
# and implicit chaining at the raise site.
def gen_in_handler():
    try:
        raise ValueError("inside gen")
    except ValueError:
        yield "in handler"
        raise KeyError("after yield")

g = gen_in_handler()
try:
    raise TypeError("caller's")
except TypeError:
    print(next(g))
try:
    next(g)
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

# the caller's handled exception becomes the context of a raise in the generator
def raises_plain():
    yield 1
    raise IndexError("plain")

g = raises_plain()
next(g)
try:
    try:
        raise OSError("caller handling")
    except OSError:
        next(g)
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))

# a generator suspended inside except keeps its own exception
def keeps():
    try:
        raise RuntimeError("gen's own")
    except RuntimeError:
        yield
        try:
            raise
        except RuntimeError as e:
            yield "re-raised " + str(e)

g = keeps()
next(g)
try:
    raise LookupError("outside")
except LookupError:
    print(next(g))

# throw while the generator handles an exception: chaining
def handler_gen():
    try:
        raise ValueError("v")
    except ValueError:
        yield
g = handler_gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

# generator expression raising inside a handler
def make():
    try:
        raise ZeroDivisionError("zd")
    except ZeroDivisionError:
        return (1 / x for x in [0])
ge = make()
try:
    next(ge)
except ZeroDivisionError as e:
    print(repr(e), "context:", repr(e.__context__))

# the exception caught in the generator does not leak to the caller
def swallow():
    try:
        raise ValueError("swallowed")
    except ValueError:
        pass
    yield "clean"
def caller():
    g = swallow()
    v = next(g)
    try:
        raise
    except RuntimeError as e:
        return v, str(e)
print(caller())
