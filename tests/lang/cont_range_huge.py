# ranges too long for len(): OverflowError from len() but everything
# else works; iteration, reversed, index, bool and hash of huge ranges
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

h = range(2 ** 64)
show(lambda: len(h))
show(lambda: h.__len__())
show(lambda: len(range(-2 ** 63, 2 ** 63)))
print(len(range(2 ** 62)), len(range(-2 ** 62, 2 ** 62 - 1)), len(range(0, 2 ** 64, 2 ** 2)) if False else 'skip')
show(lambda: len(range(0, 2 ** 66, 4)))
print(bool(h), bool(range(2 ** 64, 0)), h[-1], h[2 ** 63], h[-2 ** 64])
show(lambda: h[2 ** 64])
show(lambda: h[-2 ** 64 - 1])
print(h.index(2 ** 63), h.count(2 ** 64 - 1), 2 ** 64 in h, -1 in h, 2 ** 64 - 1 in h)
it = iter(h)
print(next(it), next(it), type(it).__name__)
rv = reversed(h)
print(next(rv), next(rv), type(rv).__name__)
print(list(zip(range(3), h)), [x for _, x in zip(range(2), reversed(range(0, 2 ** 70, 2 ** 60)))])
print(h == range(2 ** 64), h == range(0, 2 ** 64, 1), h != range(2 ** 64 + 1), hash(h) == hash(range(2 ** 64)))
print(repr(h), repr(range(-2 ** 70, 2 ** 70, 3)), str(range(10 ** 20, 0, -10 ** 19)))
print(h.start, h.stop, h.step, range(10 ** 20)[::-1].start)
print(list(range(2 ** 64 - 2, 2 ** 64 + 2)), list(range(-2 ** 63 - 1, -2 ** 63 + 2)))
# __length_hint__ of huge iterators and list() on them
show(lambda: it.__length_hint__())
show(lambda: list(range(2 ** 64)[:3]))
show(lambda: range(10 ** 18).__len__())
show(lambda: len(range(0, -2 ** 64, -1)))
# any/all stop early on a huge range
print(any(range(2 ** 64)), all(range(2 ** 64)), any(x > 3 for x in range(2 ** 64)))
# unpacking a huge range fails by count, not by memory
def unpack():
    a, b = range(10 ** 20)
show(unpack)
