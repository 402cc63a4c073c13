# A generator's exception state is its own layer over its caller's: what a
# bare raise sees inside it as the caller enters and leaves handlers
# between resumptions, and what becomes __context__.
def current():
    try:
        raise
    except RuntimeError:
        return None
    except BaseException as e:
        return repr(e)

def gen():
    yield current()                 # no handler of its own: the caller's
    try:
        raise TypeError("gen's own")
    except TypeError:
        yield current()             # its own exception
        yield current()             # still its own, whatever the caller does
    yield current()                 # handler done: the caller's again
    raise KeyError("late")          # context: the caller's at that moment

g = gen()
try:
    raise ValueError("caller first")
except ValueError:
    print(1, next(g))
    print(2, next(g))
print(3, next(g))
print(4, next(g))
try:
    raise OSError("caller second")
except OSError:
    try:
        next(g)
    except KeyError as e:
        print(5, repr(e), repr(e.__context__))

# a generator started while nothing is handled, resumed inside a handler
def simple():
    yield current()
    yield current()
s = simple()
print(6, next(s))
try:
    raise IndexError("later handler")
except IndexError:
    print(7, next(s))

# nested generators: each layer shows through to the one below
def inner():
    yield current()
    try:
        raise NameError("inner's")
    except NameError:
        yield current()
    yield current()
def outer():
    try:
        raise LookupError("outer's")
    except LookupError:
        yield from inner()
    yield from ["after: " + str(current())]
o = outer()
print(8, list(o))

# a coroutine sees the same layering
class Step:
    def __await__(self):
        yield
async def coro():
    first = current()
    await Step()
    return first, current()
c = coro()
try:
    raise ZeroDivisionError("around send")
except ZeroDivisionError:
    c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(9, e.value)
