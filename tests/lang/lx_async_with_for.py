# async with and async for under a hand-written loop: protocol calls,
# exceptions, suppression, break and else.
def run(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  loop:", req)
        sent = None

class Step:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Step("exit " + self.name)
        print("  aexit", self.name, et.__name__ if et else None, ev)
        return self.suppress

async def use_cm():
    async with ACM("a") as a, ACM("b", suppress=True) as b:
        print("  body", a, b)
        raise ValueError("inside")
    print("  after with (suppressed by b)")
    try:
        async with ACM("c"):
            raise KeyError("k")
    except KeyError as e:
        print("  propagated", repr(e))
    return "cm done"
print(run(use_cm()))

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Step("next %d" % self.i)
        self.i += 1
        return self.i - 1

async def use_for():
    got = []
    async for x in ARange(3):
        got.append(x)
    else:
        got.append("else")
    async for y in ARange(5):
        if y == 1:
            continue
        if y == 3:
            break
        got.append(y * 10)
    else:
        got.append("not reached")
    return got
print(run(use_for()))

# protocol errors
class NoAiter:
    pass
async def bad_for():
    async for _ in NoAiter():
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)

class AiterNoAnext:
    def __aiter__(self):
        return 5
async def bad_for2():
    async for _ in AiterNoAnext():
        pass
try:
    run(bad_for2())
except TypeError as e:
    print(type(e).__name__, e)

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
async def bad_for3():
    async for _ in AnextNotAwaitable():
        pass
try:
    run(bad_for3())
except TypeError as e:
    print(type(e).__name__, e)

class NotACM:
    pass
async def bad_with():
    async with NotACM():
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# plain with on an async context manager and vice versa
async def wrong_with():
    with ACM("x"):
        pass
try:
    run(wrong_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# an exception in __aenter__ skips the body and __aexit__
class FailEnter:
    async def __aenter__(self):
        raise OSError("enter failed")
    async def __aexit__(self, *a):
        print("  never")
async def fail_enter():
    try:
        async with FailEnter():
            print("  never body")
    except OSError as e:
        return "caught " + str(e)
print(run(fail_enter()))
