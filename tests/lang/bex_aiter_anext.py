# aiter() and anext() (with and without a default), driven by hand: a
# coroutine is stepped with send(None) until StopIteration gives its result.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Suspend:
    """An awaitable that suspends once, passing a value to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ('suspended', self.tag)
        return got

class Slow:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 2:
            raise StopAsyncIteration
        self.i += 1
        return await Suspend(self.i)

async def agen():
    yield 'a'
    yield 'b'

def run(coro):
    sent = None
    try:
        while True:
            out = coro.send(sent)
            print('  driver saw', out)
            sent = 'resumed-' + str(out[1])
    except StopIteration as e:
        return e.value

async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g = agen()
    print(aiter(g) is g, await anext(g), await anext(g), await anext(g, None))
    s = Slow()
    print(await anext(s, 'x'), await anext(s), await anext(s, 'exhausted'))
    async for v in aiter(Countdown(3)):
        print('async for', v)
    return 'main done'

print(run(main()))

# what anext() returns
aw = anext(Countdown(0), 'fallback')
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print('StopIteration', repr(e.value))
aw = anext(Countdown(1), 'fallback')
try:
    aw.send(None)
except StopIteration as e:
    print('StopIteration', repr(e.value))
c = anext(Countdown(1))
print(type(c).__name__)
c.close()
aw = anext(Countdown(0), ['list', 'default'])
try:
    aw.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
aw = anext(Slow(), 0)
print(aw.send(None))
try:
    aw.throw(KeyError('thrown in'))
except KeyError as e:
    print('KeyError', e)

for bad in (lambda: aiter(1), lambda: aiter([]), lambda: anext(1), lambda: anext(),
            lambda: anext(Countdown(1), 1, 2), lambda: aiter(), lambda: aiter(1, 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

class BadAiter:
    def __aiter__(self):
        return 'not an async iterator'
try:
    aiter(BadAiter())
except TypeError as e:
    print('TypeError', e)

class NotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
try:
    anext(NotAwaitable(), 0).send(None)
except TypeError as e:
    print('TypeError', e)
