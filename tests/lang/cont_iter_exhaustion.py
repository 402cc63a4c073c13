# builtin iterators: iter(it) is it, they stay exhausted, their
# __length_hint__ as they advance, and their type names
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def hint(it):
    try:
        return it.__length_hint__()
    except AttributeError:
        return 'nohint'

sources = [[1, 2, 3], (1, 2, 3), 'abc', b'abc', bytearray(b'abc'), range(3), range(2 ** 64, 2 ** 64 + 3),
           {1: 1, 2: 2, 3: 3}, {1: 1, 2: 2, 3: 3}.values(), {1: 1, 2: 2, 3: 3}.items(), {1, 2, 3},
           frozenset({1, 2, 3})]
for src in sources:
    it = iter(src)
    h0 = hint(it)
    first = next(it)
    h1 = hint(it)
    rest = list(it)
    h2 = hint(it)
    print(type(it).__name__, iter(it) is it, h0, h1, h2, len(rest), list(it), next(it, 'done'))
rev_sources = [[1, 2, 3], (1, 2, 3), 'abc', range(3), {1: 1, 2: 2, 3: 3}, {1: 1}.items()]
for src in rev_sources:
    it = reversed(src)
    h0 = hint(it)
    print(type(it).__name__, h0, list(it), hint(it), next(it, 'done'))
for it in [enumerate('ab'), zip('ab', 'cd'), map(str, 'ab'), filter(None, 'ab'), iter(lambda: 1, 1),
           (x for x in 'ab'), reversed([1])]:
    print(type(it).__name__, iter(it) is it, hint(it), list(it), list(it))
show(lambda: next(iter([])))
show(lambda: next(reversed(())))
# exhausted iterators stay exhausted even if the source grows
l = [1]
it = iter(l)
print(list(it))
l.append(2)
print(list(it), next(it, 'still done'))
d = {1: 1}
di = iter(d)
print(list(di))
d[2] = 2
print(list(di))
s = 'ab'
si = iter(s)
print(list(si), list(si))
# a generator exhausted by return stays exhausted
def g():
    yield 1
    return 2
gi = g()
print(list(gi), list(gi), next(gi, 'gen done'))
# iterators are not containers
show(lambda: len(iter([1])))
show(lambda: iter([1])[0])
print(2 in iter([1, 2, 3]), bool(iter([])))
