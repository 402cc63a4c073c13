# unpacking: exact counts, starred targets, nested patterns, sources of
# every kind and the "too many / not enough values" messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def u2(src):
    a, b = src
    return a, b
def ustar(src):
    a, *b, c = src
    return a, b, c
def u3star(src):
    a, b, c, *d = src
    return a, b, c, d
show(lambda: u2([1, 2]))
show(lambda: u2([1]))
show(lambda: u2([]))
show(lambda: u2([1, 2, 3]))
show(lambda: u2((1, 2, 3, 4)))
show(lambda: u2('ab'))
show(lambda: u2('abc'))
show(lambda: u2({1: 'x', 2: 'y'}))
show(lambda: u2(iter([1, 2, 3])))
show(lambda: u2(x for x in range(5)))
show(lambda: u2(5))
show(lambda: u2(None))
show(lambda: u2(1.5))
show(lambda: ustar([1, 2]))
show(lambda: ustar([1, 2, 3, 4]))
show(lambda: ustar([1]))
show(lambda: ustar(()))
show(lambda: u3star([1, 2]))
show(lambda: u3star(range(3)))
show(lambda: u3star(iter('xy')))
show(lambda: ustar(7))
def nested(src):
    (a, b), [c, *d] = src
    return a, b, c, d
show(lambda: nested([(1, 2), 'xyz']))
show(lambda: nested([(1, 2, 3), 'xyz']))
show(lambda: nested([(1, 2), '']))
show(lambda: nested([1, 'ab']))
# values are consumed one at a time: an infinite iterator stops after n+1
def counter():
    n = 0
    while True:
        n += 1
        yield n
g = counter()
show(lambda: u2(g))
print(next(g))
# an iterator raising part-way propagates its own error
def boom():
    yield 1
    raise KeyError('boom')
show(lambda: u2(boom()))
show(lambda: ustar(boom()))
# old-style __getitem__ sequences unpack too
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
show(lambda: u2(Seq()))
show(lambda: ustar(Seq()))
# for-loop targets and comprehension targets use the same messages
def loop():
    for a, b in [(1, 2), (3,)]:
        pass
show(loop)
show(lambda: [a for a, b in ['ab', 'abc']])
show(lambda: {k: v for k, v in [(1, 2, 3)]})
# swapping and chained unpacking
x, y = 1, 2
x, y = y, x
p = q = [3, 4]
m, n = p
print(x, y, m, n, q)
(a, b), c = 'xy', 'z'
print(a, b, c)
first, *rest = range(5)
*init, last = 'hello'
print(first, rest, init, last)
