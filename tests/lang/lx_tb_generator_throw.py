# An exception thrown into a generator through yield from, not handled:
# the traceback shows the throw call and both yield lines.
def inner():
    total = 0
    while True:
        value = yield total
        total += value

def outer():
    result = yield from inner()
    return result

g = outer()
next(g)
g.send(5)
print("sent")
g.throw(ValueError("bad value"))
