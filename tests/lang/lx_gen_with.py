# Context managers inside generators: __exit__ on exhaustion, on close, on
# throw, and a generator used as the body of a with statement.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return False

def gen():
    with CM("a"):
        yield 1
        with CM("b"):
            yield 2
        yield 3

print(list(gen()), log)
log.clear()

g = gen()
next(g)
next(g)
g.close()
print(log)
log.clear()

g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError:
    log.append("ValueError out")
print(log)
log.clear()

# a suppressing context manager inside a generator swallows a throw
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        log.append("suppress %s" % (et.__name__ if et else None))
        return True
def suppressing():
    with Suppress():
        yield "inside"
    yield "after suppressed throw"
g = suppressing()
print(next(g))
print(g.throw(KeyError("k")))
print(log)
log.clear()

# suppressing GeneratorExit makes close() fail
def swallow_exit():
    with Suppress():
        yield 1
    yield 2
g = swallow_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(log)
log.clear()

# a with statement around iteration of a generator
def numbers():
    try:
        yield 1
        yield 2
    finally:
        log.append("numbers finally")
with CM("loop"):
    for n in numbers():
        log.append(n)
print(log)
log.clear()

# exceptions raised by __exit__ inside a generator
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
def bad():
    with BadExit():
        yield 1
g = bad()
next(g)
try:
    next(g)
except OSError as e:
    print(type(e).__name__, e)
