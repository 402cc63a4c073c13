# Async generators: __anext__, asend, athrow, aclose, return restrictions,
# StopAsyncIteration, async comprehensions.
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        got = yield i
        if got is not None:
            print("  agen received", got)
    print("  agen finished")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))

async def manual():
    g = agen(3)
    print(" ", await g.__anext__())
    print(" ", await g.asend("hello"))
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("  athrow propagated:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted after athrow")
    return "manual done"
print(run(manual()))

async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")

async def close_early():
    g = with_cleanup()
    print(" ", await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  closed")
    return "closed ok"
print(run(close_early()))

async def catches():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "handled " + repr(e)

async def athrow_handled():
    g = catches()
    await g.__anext__()
    r = await g.athrow(KeyError("k"))
    await g.aclose()
    return r
print(run(athrow_handled()))

# async comprehensions
async def comps():
    a = [x async for x in agen(3)]
    b = [x * 2 async for x in agen(4) if x % 2]
    c = {x: x async for x in agen(2)}
    d = [await t for t in [square(2), square(3)]]
    return a, b, c, d
async def square(x):
    await Tick()
    return x * x
print(run(comps()))

# an async generator is not an iterator
g = agen(1)
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), g.__aiter__() is g)

# ignoring GeneratorExit in aclose
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(close_stubborn()))
