# yield from: delegation of send, throw and close, and its return value.
def inner():
    got = []
    try:
        while True:
            x = yield "inner ready"
            if x == "done":
                return got
            got.append(x)
    except ValueError as e:
        print("inner caught", e)
        yield "inner after catch"
        return "inner returned after catch"
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer continues"
    return "outer done"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send("done"))
try:
    next(g)
except StopIteration as e:
    print("outer StopIteration", e.value)

# throw goes to the innermost generator
g = outer()
next(g)
print(g.throw(ValueError("thrown")))
print(next(g))

# an exception not handled inside comes back out through outer
def outer_catch():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
g = outer_catch()
next(g)
print(g.throw(KeyError("k")))

# close closes the delegate first
def closing_inner():
    try:
        yield 1
    finally:
        print("delegate closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
g = closing_outer()
next(g)
g.close()

# three levels deep, return values bubble up
def level3():
    v = yield "l3"
    return v * 3
def level2():
    v = yield from level3()
    return v + 1
def level1():
    v = yield from level2()
    yield ("level1 result", v)
g = level1()
print(next(g))
print(g.send(5))

# yield from a generator that returns immediately
def empty():
    return "nothing yielded"
    yield
def wraps_empty():
    r = yield from empty()
    yield r
print(list(wraps_empty()))

# yield from an exhausted generator gives None
def once():
    yield 1
    return "first time"
o = once()
list(o)
def reuse():
    r = yield from o
    yield r
print(list(reuse()))

# sending a value to a delegate that was just started through next
def adder():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def drive():
    res = yield from adder()
    yield "total=%d" % res
g = drive()
next(g)
g.send(3)
g.send(4)
print(g.send(None))

# StopIteration raised inside the delegate is turned into RuntimeError
def bad_inner():
    yield 1
    raise StopIteration("bad")
def bad_outer():
    yield from bad_inner()
g = bad_outer()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
