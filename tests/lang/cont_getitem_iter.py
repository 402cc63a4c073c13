# the old sequence iteration protocol: __getitem__ from 0 until
# IndexError/StopIteration; what consumes it (for, list, tuple, unpack,
# sorted, sum, zip, dict, set, join, in, enumerate, map, iter)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return chr(ord('a') + i)
s = Seq(3)
print(list(s), s.calls)
print(tuple(Seq(2)), sorted(Seq(3), reverse=True), ''.join(Seq(4)), set(Seq(2)) == {'a', 'b'})
print(list(enumerate(Seq(2))), list(zip(Seq(2), Seq(5))), list(map(str.upper, Seq(2))))
print(dict(zip(Seq(2), range(2))), 'b' in Seq(3), 'z' in Seq(3), max(Seq(3)), [*Seq(2)])
a, b, c = Seq(3)
print(a, b, c)
show(lambda: [x for x in Seq(0)])
for ch in Seq(2):
    print('for', ch)
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it))
show(lambda: next(it))
show(lambda: next(it))
print(it.__length_hint__() if hasattr(it, '__length_hint__') else 'no hint')
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))
class ErrSeq:
    def __getitem__(self, i):
        if i == 1:
            raise ValueError('bad index 1')
        return i
show(lambda: list(ErrSeq()))
class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
show(lambda: list(KeyErrSeq()))
class IndexErrSub(IndexError):
    pass
class SubSeq:
    def __getitem__(self, i):
        if i == 3:
            raise IndexErrSub
        return i
print(list(SubSeq()))
# infinite sequence: islice-free early exit
class Inf:
    def __getitem__(self, i):
        return i * i
for v in Inf():
    if v > 20:
        break
print(v)
print(next(x for x in Inf() if x > 50))
# receives plain ints, never slices
class Show:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return type(i).__name__
print(list(Show()))
# __iter__ = None blocks the fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
show(lambda: iter(Blocked()))
show(lambda: list(Blocked()))
# a class with __len__ but no __getitem__ is not iterable
class OnlyLen:
    def __len__(self):
        return 3
show(lambda: list(OnlyLen()))
show(lambda: iter(OnlyLen()))
# dict-like __getitem__ with string keys: iteration still uses ints
class Mapping:
    def __getitem__(self, k):
        if isinstance(k, int):
            if k > 1:
                raise IndexError
            return 'int%d' % k
        return 'key'
print(list(Mapping()), Mapping()['x'])
# the sequence iterator stops for good after IndexError
class Grow:
    def __init__(self):
        self.n = 1
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i
g = Grow()
gi = iter(g)
print(list(gi))
g.n = 5
print(list(gi))
