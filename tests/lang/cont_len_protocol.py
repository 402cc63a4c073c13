# len() and __len__: non-int, negative, huge, bool and int subclass
# results; __len__ as truth fallback; builtins that ask for len
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def L(ret):
    class C:
        def __len__(self):
            return ret
    return C()
show(lambda: len(L(3)))
show(lambda: len(L(True)))
show(lambda: len(L(False)))
show(lambda: len(L(-1)))
show(lambda: len(L(-2 ** 70)))
show(lambda: len(L(2 ** 63)))
show(lambda: len(L(2 ** 63 - 1)))
show(lambda: len(L(2 ** 100)))
show(lambda: len(L(1.0)))
show(lambda: len(L('3')))
show(lambda: len(L(None)))
show(lambda: len(L([])))
class MyInt(int):
    pass
r = len(L(MyInt(4)))
print(r, type(r).__name__)
class Idx:
    def __index__(self):
        return 5
show(lambda: len(L(Idx())))
show(lambda: bool(L(0)))
show(lambda: bool(L(2)))
show(lambda: bool(L(-1)))
show(lambda: bool(L(2 ** 64)))
show(lambda: bool(L('x')))
show(lambda: not L(0))
show(lambda: 'yes' if L(1) else 'no')
class Raise:
    def __len__(self):
        raise KeyError('len raised')
show(lambda: len(Raise()))
show(lambda: bool(Raise()))
show(lambda: len(5))
show(lambda: len(None))
show(lambda: len(iter([])))
show(lambda: len(x for x in []))
show(lambda: len())
show(lambda: len([], []))
show(lambda: len(obj=[]))
class NotCallable:
    __len__ = 5
show(lambda: len(NotCallable()))
class LenNone:
    __len__ = None
show(lambda: len(LenNone()))
show(lambda: bool(LenNone()))
# __bool__ takes priority over __len__
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()), len(Both()))
class BoolBad:
    def __bool__(self):
        return 'yes'
show(lambda: bool(BoolBad()))
show(lambda: not BoolBad())
class BoolNone:
    __bool__ = None
    def __len__(self):
        return 1
show(lambda: bool(BoolNone()))
# builtins that call __len__ first
show(lambda: list(L(-1)) if False else 'skip')
class SeqNeg:
    def __len__(self):
        return -5
    def __getitem__(self, i):
        raise IndexError
show(lambda: reversed(SeqNeg()))
show(lambda: list(SeqNeg()))
show(lambda: tuple(SeqNeg()))
show(lambda: sorted(SeqNeg()))
class SeqBig:
    def __len__(self):
        return 2 ** 70
    def __getitem__(self, i):
        raise IndexError
show(lambda: list(SeqBig()))
show(lambda: [*SeqBig()])
