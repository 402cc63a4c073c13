# Exceptions through await chains; coroutine throw/close; cr_* attributes.
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def leaf():
    try:
        v = await Suspend()
        return "leaf got %r" % (v,)
    except ValueError as e:
        print("  leaf caught", repr(e))
        raise KeyError("from leaf") from e
    finally:
        print("  leaf finally")

async def middle():
    try:
        return await leaf()
    except KeyError as e:
        print("  middle caught", repr(e), "cause", repr(e.__cause__))
        return "middle recovered"

c = middle()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result:", e.value)

c = middle()
print(c.send(None))
try:
    c.send("payload")
except StopIteration as e:
    print("result:", e.value)

# close runs finally blocks in the whole chain
c = middle()
c.send(None)
print("close:", c.close())

# cr_ attributes
async def inspect():
    await Suspend()
c = inspect()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_frame is not None)
c.send(None)
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_frame, c.cr_await, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# an exception escaping the coroutine on the first send
async def fails():
    raise ZeroDivisionError("at once")
try:
    fails().send(None)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# StopIteration inside a coroutine becomes RuntimeError
async def leaks_stop():
    raise StopIteration("x")
try:
    leaks_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# a coroutine cannot be resumed while running
async def self_send():
    me.send(None)
me = self_send()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)

# throw into a fresh coroutine
async def fresh():
    print("never")
f = fresh()
try:
    f.throw(OSError("early"))
except OSError as e:
    print("fresh throw:", e)
try:
    f.send(None)
except RuntimeError as e:
    print(e)

# __await__ of a coroutine
async def answer():
    return 42
w = answer().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper:", e.value)
