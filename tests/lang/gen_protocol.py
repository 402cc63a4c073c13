# Generator protocol: send/throw/close, yield from with return values,
# generator expressions, StopIteration rules (PEP 479), gi_* attributes.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
try:
    g.send(1)
except StopIteration as e:
    print("after close: StopIteration", e.value)

def fresh():
    yield 1
g = fresh()
try:
    g.send(5)
except TypeError as e:
    print(e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught in gen:", e)
g = catcher()
next(g)
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "boom2"))
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))

def returner():
    yield 1
    return "result"
def delegator():
    r = yield from returner()
    print("delegate returned", r)
    r2 = yield from [10, 20]
    print("list delegate", r2)
    return "outer"
g = delegator()
print(list(g))
g = delegator()
for v in g:
    print("v", v)
def final():
    x = yield from delegator()
    yield x
print(list(final()))

# send through yield from
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    t = yield from inner()
    yield "total %d" % t
g = outer()
next(g)
g.send(3)
print(g.send(4))
print(g.send(None))

# throw into delegate
def inner2():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
def outer2():
    yield from inner2()
    yield "after"
g = outer2()
next(g)
print(g.throw(ValueError))
print(next(g))

# close propagates to the delegate
def inner3():
    try:
        yield 1
    finally:
        print("inner3 finally")
def outer3():
    try:
        yield from inner3()
    finally:
        print("outer3 finally")
g = outer3()
next(g)
g.close()

# returning a value from close / ignoring GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

# PEP 479
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
def nexter():
    it = iter([])
    yield next(it)
try:
    list(nexter())
except RuntimeError as e:
    print(e)

# StopIteration value
def rv():
    return 42
    yield
try:
    next(rv())
except StopIteration as e:
    print("value", e.value, e.args)

# generator running twice
def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print(e)

# generator expressions
print(sum(x * x for x in range(10)))
ge = (x for x in range(3))
print(type(ge).__name__, list(ge), list(ge))
print([y for y in (x + 1 for x in range(5)) if y % 2])
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
try:
    (1 / x for x in [1, 0]).__next__()
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("genexp", e)
# the first iterable is evaluated eagerly
try:
    (x for x in 5)
except TypeError as e:
    print(e)

# gi_ attributes and states
def states():
    yield 1
g = states()
print(g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__)
next(g)
print(g.gi_frame is not None)
list(g)
print(g.gi_frame)
print(iter(g) is g)

# generators in classes and closures
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
def counter(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print(list(counter(3)()))

# infinite generator with islice-like use
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)
# yield as expression without value
def noval():
    x = yield
    print("got", x)
    yield
g = noval()
print(next(g))
print(g.send("hi"))
# finally runs when a suspended generator is collected via close
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran")
g = fin()
next(g)
g.close()
print("end")
