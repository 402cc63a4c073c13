# Generator send(): first send must be None, values flow both ways,
# the value of a yield expression, send after exhaustion.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "stop":
                return received
    finally:
        print("echo finally")

g = echo()
print(next(g))
print(g.send("a"))
print(g.send(None))
print(g.send([1, 2]))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
try:
    g.send("again")
except StopIteration as e:
    print("exhausted:", repr(e), e.value)

g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
g2.close()

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

acc = accumulate()
next(acc)
for n in (5, 10, 20):
    print("running total", acc.send(n))
try:
    next(acc)
except StopIteration as e:
    print("final", e.value)

# yield as an expression inside larger expressions
def exprs():
    a = (yield 1) + (yield 2)
    b = [(yield 3), (yield 4)]
    yield a, b
g = exprs()
print(next(g), g.send(10), g.send(20), g.send("x"), g.send("y"))

# yield with no value, and yield in a call argument
def bare():
    r = yield
    print("bare got", r)
    print((yield), "printed")
    yield
g = bare()
print(next(g))
print(g.send("v1"))
print(g.send("v2"))

# send on a generator that is not started when the frame has arguments
def withargs(a, b=2):
    c = yield a + b
    yield c * a
g = withargs(3)
print(g.send(None), g.send(4))

# the send value of an unstarted generator checked before anything runs
def side():
    print("body started")
    yield
g = side()
try:
    g.send(0)
except TypeError as e:
    print("not started:", e)
print(g.send(None))
