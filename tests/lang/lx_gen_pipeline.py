# Generator pipelines: lazy stages, early termination, infinite sources,
# recursion with yield from, and generator expressions chained together.
log = []
def source(n):
    for i in range(n):
        log.append("src %d" % i)
        yield i

def square(it):
    for x in it:
        log.append("sq %d" % x)
        yield x * x

def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(square(source(100)), 3)))
print(log)
log.clear()

def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])

# chained generator expressions are lazy too
stage1 = (x + 1 for x in source(3))
stage2 = (x * 10 for x in stage1)
print(log)
print(list(stage2), log)
log.clear()

# recursive generators: tree traversal
tree = (1, [(2, [(4, []), (5, [])]), (3, [(6, [])])])
def preorder(node):
    value, children = node
    yield value
    for c in children:
        yield from preorder(c)
def postorder(node):
    value, children = node
    for c in children:
        yield from postorder(c)
    yield value
print(list(preorder(tree)), list(postorder(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

# generators as coroutine-like consumers
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])

# zip and map over generators stop at the shortest
print(list(zip(source(2), naturals())))
print(list(map(lambda p, q: p * q, source(3), naturals())))
log.clear()

# a generator can be iterated only once
g = source(2)
print(list(g), list(g))

# sum/any/all consume lazily and stop early
print(any(x > 1 for x in source(10)), log[-1])
print(all(x < 1 for x in source(10)), log[-1])
