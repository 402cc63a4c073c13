# Generators: yield, send, yield from with return values, generator expressions.
def g1():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
it = g1()
print(next(it))
print(it.send(10))
try:
    it.send("ret")
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from range(2)
print(list(outer()))
squares = (i * i for i in range(5))
print(sum(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
print(list(x for x in range(10) if x % 3 == 0))
print(dict((k, len(k)) for k in ["a", "bb"]))
def g2():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
it = g2()
next(it)
print(it.throw(ValueError("boom")))
