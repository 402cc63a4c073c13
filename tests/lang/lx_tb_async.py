# An uncaught exception from a coroutine chain driven by send(): the
# traceback runs through the driver and each awaiting coroutine.
class Wait:
    def __await__(self):
        yield "tick"

async def fetch(key):
    await Wait()
    table = {"a": 1}
    return table[key]

async def handler(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(handler(["a"])))
run(handler(["a", "b"]))
