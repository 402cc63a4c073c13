# a generator lambda returns its body's value, as the equivalent def does
f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
f3 = lambda: (yield from f())
for fn, arg in ((f, 2), (g, 5), (f2, 3), (f3, 4)):
    gen = fn()
    print(next(gen))
    try:
        gen.send(arg)
    except StopIteration as e:
        print('returned', e.value)
print(list(map(lambda x: x, (lambda: (yield 7))())))
h = lambda: (yield 'a') or 'z'
print(list(h()))
g4 = h(); print(next(g4)); print(next(g4, 'end'))
