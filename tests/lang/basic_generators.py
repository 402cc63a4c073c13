# Generators: yield, send, return values, yield from, close, throw,
# generator expressions.
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(x for x in range(4)))
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)
e = echo()
print(next(e), e.send(1), e.send("two"))
def ret():
    yield 1
    return "done"
def outer():
    r = yield from ret()
    print("inner returned", r)
    yield 2
print(list(outer()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = catcher()
next(t)
t.throw(ValueError("boom"))
g = gen(2)
print(next(g), next(g), next(g, "end"))
try:
    next(g)
except StopIteration:
    print("stop")
it = iter([1, 2])
print(next(it), next(it), next(it, None))
