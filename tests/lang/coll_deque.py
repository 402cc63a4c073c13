# _collections.deque: methods, maxlen, indexing, iteration checks, operators, repr
from _collections import deque

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(10); print(d)
d.rotate(0); print(d)
d.reverse(); print(d)
print(d.count(1), d.count('q'), d.index(2), d.index('a', 1), d.index(1, -5, -1))
err(d.index, 'zz')
err(d.index, 1, 4)
d.insert(1, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L')
print(d)
d.remove('I'); print(d)
err(d.remove, 'nothere')
del d[0]; del d[-1]; print(d)
d[1] = 'set'; d[-1] = 'last'; print(d)
for bad in (100, -100):
    err(d.__getitem__, bad)
    err(d.__setitem__, bad, 0)
    err(d.__delitem__, bad)
err(d.__getitem__, 'x')
err(d.__getitem__, slice(1, 2))
err(d.__getitem__, 2**70)
print('set' in d, 'zz' in d)
d.clear(); print(d, len(d))
err(d.pop)
err(d.popleft)

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31, 32, 33]); print(m)
err(m.insert, 0, 'x')
z = deque([1, 2], maxlen=0); z.append(1); z.extend(range(5)); print(z, len(z))
err(deque, [], -1)
err(deque, [], 'x')
err(deque, [], 2.5)
print(deque([], None).maxlen, deque(maxlen=5, iterable=[1]).maxlen)
err(deque, [], 1, 2)
err(deque, bogus=1)
dd = deque([1, 2, 3]); dd.__init__([7, 8]); print(dd)
dd.__init__([1, 2, 3], 2); print(dd, dd.maxlen)

# iteration
d = deque(range(5))
print(list(d), list(reversed(d)))
it = iter(d)
print(next(it), it.__length_hint__())
d.append(9)
err(next, it)
err(next, it)
it = reversed(d)
d.popleft()
err(next, it)
it = iter(d); d[0] = 'ok'; print(next(it))
it = iter(d); d.rotate(1); err(next, it)
it = iter(deque([1])); print(list(it), list(it))

# comparisons and operators
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], deque([1, 2]) < a, deque() < a, a > deque([1]))
print(a + b, a * 2, 2 * a, a * 0, a * -1)
err(lambda: a + [1])
err(lambda: [1] + a)
err(lambda: a * 'x')
c = deque([1, 2]); c += [3, 4]; print(c)
c += c; print(c)
c *= 2; print(c, len(c))
c *= 0; print(c)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, (m * 3).maxlen, m + deque([9, 9, 9]))
m *= 2; print(m)
e = deque([1, 2]); e.extend(e); print(e)
e.extendleft(e); print(e)
err(hash, deque())
print(deque([1]).copy(), deque([1], 2).copy().maxlen, deque([2]).__copy__())

# repr recursion and subclasses
r = deque([1]); r.append(r); print(r)
class D(deque):
    pass
s = D([1, 2], maxlen=5)
print(s, type(s.copy()).__name__, s.copy().maxlen, type(s + s).__name__)
s.attr = 3; print(s.attr)
print(deque[int], isinstance(d, deque))
print(deque([1, 2]).__reduce__()[:3], deque([], 4).__reduce__()[:3])
print(list(deque([1, 2]).__reduce__()[3]))
class E(deque):
    def __init__(self, x):
        super().__init__(x)
        self.tag = 'E'
print(E([5]).__reduce__()[:3])

# rotation of large deques keeps order
big = deque(range(100))
big.rotate(37); big.rotate(-37); print(list(big) == list(range(100)))
big.rotate(37); print(big[0], big[36], big[37])
for i in range(50):
    big.popleft()
big.rotate(13); print(big[0], big[-1], len(big))
big.insert(10, 'mid'); print(big[10], big[11], len(big))
del big[40]; print(len(big))

class BadEq:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.clear()
        return False
d = deque([1, 2, 3]); d.append(BadEq(d))
err(d.count, 0)
d = deque([1, 2, 3]); d.append(BadEq(d))
err(d.index, 0)
d = deque([1, BadEq(None)]); d[1].d = d
err(d.remove, 5)
d = deque([BadEq(None), 2]); d[0].d = d
err(d.__contains__, 7)
