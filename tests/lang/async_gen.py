# async generators and async for, driven by a tiny event loop: asend, athrow, aclose, comprehensions.
class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    while True:
        try:
            req = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop:", req)

async def counter(n):
    for i in range(n):
        await Tick()
        yield i
    print("  counter done")

async def main():
    total = 0
    async for v in counter(3):
        print("  got", v)
        total += v
    else:
        print("  for-else ran")
    return total
print("total", run(main()))

async def comps():
    a = [v * 2 async for v in counter(3)]
    b = {v: str(v) async for v in counter(2) if v}
    c = [await double(x) for x in range(3)]
    return a, b, c
async def double(x):
    await Tick()
    return x * 2
print(run(comps()))

# break out of async for; the generator is left suspended
async def early():
    async for v in counter(10):
        if v == 1:
            break
    return v
print("early", run(early()))

# a class-based async iterator
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_aiter():
    out = []
    async for x in AIter(3):
        out.append(x)
    return out
print(run(use_aiter()))

# errors of async for
async def bad_for(obj):
    async for x in obj:
        pass
for obj in [[1, 2], type("NoAnext", (), {"__aiter__": lambda self: self})()]:
    try:
        run(bad_for(obj))
    except TypeError as e:
        print("TypeError:", e)

# exceptions inside the body propagate
async def raising_body():
    async for v in counter(3):
        raise ValueError(f"at {v}")
try:
    run(raising_body())
except ValueError as e:
    print("ValueError:", e)

# asend / athrow / aclose by hand
async def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except KeyError as e:
                print("  echo caught", repr(e))
                yield "after KeyError"
    finally:
        print("  echo finally, received", received)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("yielded", e.value)
    except StopAsyncIteration:
        return ("stop",)

g = echo()
print(type(g).__name__, g.__name__)
print(step(g.__anext__()))
print(step(g.asend("a")))
print(step(g.asend("b")))
print(step(g.athrow(KeyError("boom"))))
print(step(g.aclose()))
print(step(g.__anext__()))
print(step(g.aclose()))

# aclose on a generator that yields in finally
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
step(s.__anext__())
try:
    step(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# exhaustion and reuse of an awaitable
async def one():
    yield 1
o = one()
aw = o.__anext__()
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(step(o.__anext__()))
print(step(o.__anext__()))

# StopAsyncIteration / StopIteration raised inside an async generator
async def bad_stop():
    raise StopAsyncIteration
    yield
async def bad_stop2():
    raise StopIteration
    yield
for f in (bad_stop, bad_stop2):
    try:
        step(f().__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e)

# await inside an async generator passes through to the loop
async def awaiting_gen():
    await Tick()
    yield "after tick"
    await Tick()
async def consume():
    return [x async for x in awaiting_gen()]
print(run(consume()))

# athrow with an exception the generator does not catch
async def simple():
    yield 1
sg = simple()
step(sg.__anext__())
try:
    step(sg.athrow(ValueError("out")))
except ValueError as e:
    print("ValueError:", e)
print(step(sg.__anext__()))
