# Closures and generators kept alive across many collections.
def counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

counters = [counter(i) for i in range(800)]
for rnd in range(5):
    junk = [[i] * 10 for i in range(1000)]
    for c in counters:
        c()
print(sum(c(0) for c in counters))

def make_adders():
    return [lambda x, i=i: x + i for i in range(1000)]
adders = make_adders()
junk = [str(i) * 3 for i in range(6000)]
print(sum(f(1) for f in adders))

# generators suspended while garbage piles up, resumed later
def gen(k):
    acc = []
    for i in range(50):
        acc.append(str(i * k))
        yield len(acc), acc[-1]

gens = [gen(k) for k in range(500)]
firsts = [next(g) for g in gens]
junk = [{i: [i]} for i in range(6000)]
seconds = [next(g) for g in gens]
print(firsts[499], seconds[499], sum(len(list(g)) for g in gens))

# a generator pipeline over a long stream
def source(n):
    for i in range(n):
        yield [i, str(i)]
def evens(it):
    for x in it:
        if x[0] % 2 == 0:
            yield x
def lens(it):
    for x in it:
        yield len(x[1])
print(sum(lens(evens(source(10000)))))

# nested closures capturing containers
def outer():
    data = {'hits': []}
    def mid(tag):
        def inner(v):
            data['hits'].append((tag, v))
            return len(data['hits'])
        return inner
    return data, [mid(t) for t in 'abc']
data, fs = outer()
for i in range(3000):
    fs[i % 3](i)
junk = None
print(len(data['hits']), data['hits'][-1])

# a generator holding a frame with an exception in flight
def careful():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        x = [str(e)] * 1000
        yield len(x)
    finally:
        yield 'finally'
g = careful()
print(next(g))
junk = [[i] for i in range(6000)]
print(next(g), next(g))
