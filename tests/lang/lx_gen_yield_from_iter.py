# yield from over non-generator iterables and iterator objects, with and
# without send/throw/close methods.
def from_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    yield from (x * x for x in range(3))
print(list(from_list()))

class Plain:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("plain return")
        return self.n

def uses_plain():
    r = yield from Plain()
    yield ("returned", r)
print(list(uses_plain()))

# send with a non-None value to an iterator without send()
g = uses_plain()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

# an iterator with send/throw/close is used as a delegate
class Full:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(("send", v))
        if len(self.log) > 3:
            raise StopIteration("full done")
        return len(self.log)
    def throw(self, *args):
        self.log.append(("throw", type(args[0]).__name__ if not isinstance(args[0], type) else args[0].__name__))
        return "threw"
    def close(self):
        self.log.append("close")

full = Full()
def uses_full():
    r = yield from full
    yield r
g = uses_full()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError))
g.close()
print(full.log)

# throw into an iterator without throw(): raised in the delegating generator
def catches():
    try:
        yield from Plain()
    except KeyError as e:
        yield "caught " + repr(e)
g = catches()
next(g)
print(g.throw(KeyError("no throw method")))

# close with a delegate lacking close() is fine
g = uses_plain()
next(g)
print(g.close())

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# yield from an iterator that raises
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise OSError("from __next__")
def wraps_raises():
    yield from Raises()
try:
    next(wraps_raises())
except OSError as e:
    print(type(e).__name__, e)
