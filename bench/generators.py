# Generators and closures: a pipeline of generator functions, generator
# expressions feeding builtins, and closures kept in lists.

def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def select(pred, it):
    for x in it:
        if pred(x):
            yield x


def scale(k, it):
    for x in it:
        yield x * k


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def make_counter():
    count = 0

    def incr(by):
        nonlocal count
        count += by
        return count
    return incr


odd = lambda x: x % 2 == 1
total = 0
for w in windows(scale(3, select(odd, naturals(2500000))), 3):
    total += w[0] * w[2] - w[1]
print("pipeline", total)
print("genexpr", sum(x * x for x in range(2000000) if x % 7), max(x % 1013 for x in range(1000000)))
adders = make_adders(50)
acc = 0
for i in range(25000):
    for f in adders:
        acc = f(acc) % 1000003
print("adders", acc)
incr = make_counter()
for i in range(1000000):
    incr(i & 3)
print("counter", incr(0))
