# coroutines driven by a tiny hand-written event loop: await, __await__, async with, send/throw/close.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return f"slept {self.n} got {got}"

def run(coro):
    """send(None) until StopIteration; what each await yields goes to the loop."""
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", req)
        value = req[1] * 10 if isinstance(req, tuple) else None

async def add(a, b):
    r = await Sleep(a)
    print("  add:", r)
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 4)
    return [x, y]

print("result", run(main()))

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()

async def plain():
    return 42
try:
    plain().send(None)
except StopIteration as e:
    print("plain returned", e.value)

# reuse is an error
co = plain()
run(co)
try:
    run(co)
except RuntimeError as e:
    print("RuntimeError:", e)

# awaiting a non-awaitable
async def bad():
    await 3
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)

# exceptions propagate through awaits, and can be caught
async def failing():
    await Sleep(1)
    raise ValueError("inner")
async def catcher():
    try:
        await failing()
    except ValueError as e:
        print("  caught", e)
        return "recovered"
print(run(catcher()))

# throw() into a suspended coroutine reaches the innermost await
async def waiter():
    try:
        await Sleep(5)
    except KeyError as e:
        print("  waiter saw", repr(e))
        return "handled"
w = waiter()
print(w.send(None))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)

# close() runs finally blocks
async def closer():
    try:
        await Sleep(7)
    finally:
        print("  finally ran")
cl = closer()
cl.send(None)
cl.close()
print("closed", cl.cr_frame is None)

# async with
class Ctx:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("  enter", self.name)
        await Sleep(0)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else None)
        return self.name == "suppress"

async def use_ctx():
    async with Ctx("a") as a, Ctx("b") as b:
        print("  body", a, b)
    async with Ctx("suppress"):
        raise ValueError("swallowed")
    try:
        async with Ctx("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("  propagated", e)
    for i in range(3):
        async with Ctx(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return "ctx done"
print(run(use_ctx()))

async def not_ctx():
    async with 5:
        pass
try:
    run(not_ctx())
except TypeError as e:
    print("TypeError:", e)

# the await protocol on coroutines
async def inner():
    return "via __await__"
it = inner().__await__()
try:
    next(it)
except StopIteration as e:
    print(e.value)

# a coroutine cannot be awaited twice at once
async def twice():
    c = add(1, 1)
    async def a():
        return await c
    first = a()
    first.send(None)
    await c
try:
    run(twice())
except RuntimeError as e:
    print("RuntimeError:", e)

async def gen_in_coro():
    return [x async for x in agen()] if False else "no async comp"
print(run(gen_in_coro()))

# StopIteration raised inside a coroutine
async def stopper():
    raise StopIteration
try:
    run(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
