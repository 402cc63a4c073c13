# aclose()/athrow() of async generators whose cleanup awaits: the awaits
# pass through to the loop and the cleanup finishes; async with exits.
def run(coro):
    while True:
        try:
            req = coro.send(None)
            print("  loop:", req)
        except StopIteration as e:
            return e.value

class Tick:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup starts")
        await Tick("cleanup await")
        print("  cleanup done")

async def close_it():
    g = agen()
    print(" ", await g.__anext__())
    r = await g.aclose()
    print("  aclose returned", r)
    print("  second aclose", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted")
    return "closed"
print(run(close_it()))

async def handles():
    try:
        yield "ready"
    except ValueError as e:
        await Tick("handling " + str(e))
        yield "recovered"
    finally:
        await Tick("finally")

async def throw_it():
    g = handles()
    print(" ", await g.__anext__())
    print(" ", await g.athrow(ValueError("v")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  done after athrow")
    return "thrown"
print(run(throw_it()))

class ACM:
    async def __aenter__(self):
        await Tick("enter")
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick("exit")
        if et is KeyError:
            raise ValueError("raised by __aexit__")
        return et is TypeError

async def with_it():
    async with ACM():
        raise TypeError("suppressed")
    try:
        async with ACM():
            raise KeyError("k")
    except ValueError as e:
        print(" ", e, "| context:", repr(e.__context__))
    try:
        try:
            raise OSError("pending")
        finally:
            await Tick("await in finally")
    except OSError as e:
        print("  still pending:", e)
    return "with done"
print(run(with_it()))

# yielding (not awaiting) in the cleanup of aclose() is an error
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(close_stubborn()))
