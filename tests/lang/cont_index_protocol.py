# subscripts through __index__: lists, tuples, ranges, strings; bools;
# huge values; __index__ returning non-ints; the "indices must be" messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst, tup, rng, s = [10, 20, 30], (10, 20, 30), range(10, 40, 10), 'xyz'
for seq in (lst, tup, rng, s):
    print(type(seq).__name__, seq[I(1)], seq[I(-1)], seq[True], seq[False])
    show(lambda: seq[I(3)])
    show(lambda: seq[I(-4)])
    show(lambda: seq[I(2 ** 70)])
    show(lambda: seq[2 ** 70])
    show(lambda: seq[-2 ** 70])
    show(lambda: seq['1'])
    show(lambda: seq[1.0])
    show(lambda: seq[None])
    show(lambda: seq[I('1')])
    show(lambda: seq[(1,)])
    show(lambda: seq[[1]])
class IdxRaise:
    def __index__(self):
        raise ZeroDivisionError('index boom')
show(lambda: lst[IdxRaise()])
show(lambda: lst.__setitem__(IdxRaise(), 1))
show(lambda: lst.__delitem__(IdxRaise()))
class MyInt(int):
    def __index__(self):
        return 0
print(lst[MyInt(2)], tup[MyInt(2)], rng[MyInt(2)], s[MyInt(2)])
# assignment and deletion
m = list(range(5))
m[I(0)] = 'a'
m[True] = 'b'
del m[I(-1)]
print(m)
show(lambda: m.__setitem__(I(10), 0))
show(lambda: m.__setitem__('k', 0))
show(lambda: m.__delitem__(I(10)))
show(lambda: m.__delitem__(2.0))
show(lambda: tup.__setitem__(0, 1))
show(lambda: rng.__setitem__(0, 1) if hasattr(rng, '__setitem__') else 'range has no __setitem__')
show(lambda: s.__setitem__(0, 'q') if hasattr(s, '__setitem__') else 'str has no __setitem__')
def setitem(o, k, v):
    o[k] = v
show(lambda: setitem(tup, 0, 1))
show(lambda: setitem(rng, 0, 1))
show(lambda: setitem(s, 0, 'q'))
show(lambda: setitem(frozenset(), 0, 1))
show(lambda: setitem(5, 0, 1))
# index() with __index__ start/stop, operator-like uses
print(lst.index(30, I(1)), tup.index(20, I(0), I(2)), [1, 2][I(0):I(1)], 'abc'[I(1):])
print([0] * I(3), (0,) * I(2), 'ab' * I(2), I(2) * [1])
show(lambda: [0] * I('x'))
