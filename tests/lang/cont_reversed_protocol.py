# reversed(): __reversed__ first, then __len__ + __getitem__; None
# disables it; errors from each step; the resulting iterator
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xy'))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Seq())))
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
class RNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show(lambda: reversed(RNone()))
class OnlyLen:
    def __len__(self):
        return 2
show(lambda: reversed(OnlyLen()))
class OnlyGet:
    def __getitem__(self, i):
        return i
show(lambda: reversed(OnlyGet()))
class BadLen:
    def __len__(self):
        raise ValueError('len failed')
    def __getitem__(self, i):
        return i
show(lambda: reversed(BadLen()))
class NegLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
show(lambda: reversed(NegLen()))
class GetRaises:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 1:
            raise IndexError('stop early')
        return i
r = reversed(GetRaises())
print(next(r))
show(lambda: next(r))
show(lambda: next(r))
class GetKeyError:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        raise KeyError(i)
show(lambda: list(reversed(GetKeyError())))
class RevNotIter:
    def __reversed__(self):
        return 42
show(lambda: reversed(RevNotIter()))
class RevRaises:
    def __reversed__(self):
        raise RuntimeError('reversed raised')
show(lambda: reversed(RevRaises()))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: reversed(iter([1])))
show(lambda: reversed(x for x in []))
show(lambda: reversed())
show(lambda: reversed([], []))
show(lambda: reversed(sequence=[]))
rv = reversed(Seq())
print(type(rv).__name__, rv.__length_hint__(), next(rv), rv.__length_hint__(), list(rv), rv.__length_hint__())
# reversed list iterator stops cleanly when the list shrinks
lst = [1, 2, 3, 4]
rl = reversed(lst)
next(rl)
lst[:] = [9]
print(list(rl))
# a sequence with __len__ returning a huge value
class Huge:
    def __len__(self):
        return 2 ** 64
    def __getitem__(self, i):
        return i
show(lambda: reversed(Huge()))
