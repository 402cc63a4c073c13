# A tiny round-robin scheduler over coroutines: tasks interleave at each
# await of a Yield object, results come back through StopIteration.value.
class Yield:
    def __await__(self):
        yield self

class Task:
    def __init__(self, name, coro):
        self.name = name
        self.coro = coro
        self.done = False
        self.result = None

def run_all(tasks):
    order = []
    ready = list(tasks)
    while ready:
        t = ready.pop(0)
        try:
            t.coro.send(None)
            order.append(t.name)
            ready.append(t)
        except StopIteration as e:
            t.done = True
            t.result = e.value
            order.append(t.name + " done")
    return order

async def worker(name, steps):
    total = 0
    for i in range(steps):
        await Yield()
        total += i
    return name, total

async def nested(n):
    if n == 0:
        await Yield()
        return 0
    return 1 + await nested(n - 1)

tasks = [Task("a", worker("a", 3)), Task("b", worker("b", 1)), Task("n", nested(3))]
print(run_all(tasks))
print([t.result for t in tasks])

# awaiting the same coroutine object twice
async def once():
    return "value"
async def twice():
    c = once()
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(run(twice()))

# coroutines are not iterable and have no __next__
async def simple():
    return 1
c = simple()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(run(c))

# __await__ must return an iterator
class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    run(uses_bad())
except TypeError as e:
    print(type(e).__name__, e)

class GenAwait:
    def __await__(self):
        return iter(["x", "y"])
async def uses_gen_await():
    r = await GenAwait()
    return r
c = uses_gen_await()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("awaited iterator result", e.value)

# await on non-awaitables
async def await_int():
    await 5
try:
    run(await_int())
except TypeError as e:
    print(type(e).__name__, e)
async def await_none():
    await None
try:
    run(await_none())
except TypeError as e:
    print(type(e).__name__, e)
