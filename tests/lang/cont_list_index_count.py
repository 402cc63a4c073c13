# list.index with start/stop (negative, huge, __index__), list.count,
# and their messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = ['a', 'b', 'c', 'a', 'b', 'c', 'a']
print(a.index('a'), a.index('a', 1), a.index('a', 4), a.index('c', -2))
print(a.index('a', -1), a.index('b', -10 ** 20), a.index('b', 2, 10 ** 20))
print(a.index('a', 0, 1), a.index('c', -5, -1))
show(lambda: a.index('a', 1, 3))
show(lambda: a.index('a', 7))
show(lambda: a.index('a', 10 ** 20))
show(lambda: a.index('a', 3, 0))
show(lambda: a.index('a', -1, -2))
show(lambda: a.index('z'))
show(lambda: a.index(5))
show(lambda: a.index(None))
show(lambda: a.index([1, 2]))
show(lambda: a.index('a', 1.0))
show(lambda: a.index('a', None))
show(lambda: a.index('a', 0, '5'))
show(lambda: a.index())
show(lambda: a.index('a', 1, 2, 3))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a.index('b', I(2)), a.index('c', I(-3), I(10)))
show(lambda: a.index('a', I('x')))
print(a.count('a'), a.count('b'), a.count('z'), a.count(None))
b = [1, 1.0, True, 1 + 0j, '1', [1], (1,)]
print(b.count(1), b.count(True), b.count([1]), b.count((1,)), b.count('1'))
print(b.index(True), b.index(1 + 0j), b.index([1]), b.index((1,)))
show(lambda: b.count())
show(lambda: b.count(1, 2))
nan = float('nan')
c = [nan, nan, float('nan')]
print(c.count(nan), c.index(nan), c.count(float('nan')))
show(lambda: c.index(float('nan')))
class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return other == 'hit'
d = [Eq(), Eq(), Eq()]
print(d.count('hit'), Eq.calls)
Eq.calls = 0
print(d.index('miss', 1) if False else d.index('hit', 1), Eq.calls)
# the item is the left operand of ==: its reflected __eq__ runs first
class Left:
    def __eq__(self, other):
        return 'L'
class Right:
    def __eq__(self, other):
        return 'R'
print([Right()].index(Left()), [Left()].count(Right()))
# error message uses repr of the item
class R:
    def __repr__(self):
        return '<R obj>'
show(lambda: [].index(R()))
show(lambda: [1, 2].index('x\n'))
