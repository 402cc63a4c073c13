# sum(): start values of several types, the refused str/bytes/bytearray
# starts, mixed int/float/big int accumulation and errors
def show(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sum([]))
show(lambda: sum([], 5))
show(lambda: sum([], start=5))
show(lambda: sum(range(101)))
show(lambda: sum([1, 2.5, True]))
show(lambda: sum([True, True, True]))
show(lambda: sum([2 ** 62, 2 ** 62, 2 ** 62]))
show(lambda: sum([2 ** 64, -2 ** 64, 1]))
show(lambda: sum([0.1] * 10))
show(lambda: sum([1e308, 1e308]))
show(lambda: sum([1e308, -1e308, 1.0]))
show(lambda: sum([1, 2], 0.5))
show(lambda: sum([1j, 2], 1))
show(lambda: sum([[1], [2, 3]], []))
show(lambda: sum([(1,), (2,)], ()))
show(lambda: sum(['a', 'b'], ''))
show(lambda: sum(['a', 'b']))
show(lambda: sum([b'a'], b''))
show(lambda: sum([bytearray(b'a')], bytearray()))
show(lambda: sum([1, 'a']))
show(lambda: sum([1, None]))
show(lambda: sum([[1]]))
show(lambda: sum(5))
show(lambda: sum())
show(lambda: sum([], 1, 2))
show(lambda: sum([], 1, start=2))
show(lambda: sum([], begin=1))
show(lambda: sum([1.5, 'x']))
show(lambda: sum([2 ** 63, 1.5, 'x']))
show(lambda: sum([1e308, 10 ** 400]))
show(lambda: sum(x * x for x in range(5)))
show(lambda: sum({1: 'a', 2: 'b'}))
show(lambda: sum({1.5, 2.5}))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
    def __radd__(self, other):
        return Acc(other + self.v)
    def __repr__(self):
        return 'Acc(%r)' % self.v
show(lambda: sum([Acc(1), Acc(2)]))
show(lambda: sum([1, Acc(2)], Acc(10)))
class S(str):
    pass
show(lambda: sum([], S('x')))
class NotStr:
    def __add__(self, o):
        return 'added'
show(lambda: sum([1, 2], NotStr()))
# the start value is not copied
start = []
r = sum([[1]], start)
print(r is start, start)
def gen():
    yield 1
    raise KeyError('gen died')
show(lambda: sum(gen()))
