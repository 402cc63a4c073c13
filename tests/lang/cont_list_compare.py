# comparisons of lists and tuples: lexicographic order, nested lists,
# different lengths, identity shortcut for NaN, cross-type errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

pairs = [([], []), ([], [0]), ([1], [1, 0]), ([1, 2], [1, 3]), ([2], [1, 9, 9]),
         ([[1, 2], 3], [[1, 2], 4]), ([[1, [2]]], [[1, [3]]]), ([[1]], [[1], []])]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
    tx, ty = tuple(x), tuple(y)
    print(' ', tx < ty, tx <= ty, tx == ty, tx > ty)
nan = float('nan')
print([nan] == [nan], [float('nan')] == [float('nan')], (nan,) == (nan,))
print([nan] < [nan], [nan, 1] < [nan, 2], [1.0, nan] <= [1, nan])
print([1, 2] == (1, 2), [1] != (1,), [] == (), [1] == [1.0], [True] == [1])
show(lambda: [1] < (1,))
show(lambda: (1,) <= [1])
show(lambda: [1, 'a'] < [1, 2])
show(lambda: [1, 'a'] < [2, 2])
show(lambda: [[1]] < [['a']])
show(lambda: [1] < 'a')
show(lambda: [] > None)
print([1, 'a'] == [1, 2], [1, 'a'] != [1, 2])
# comparison calls __eq__ on items first, then the ordering only once
class V:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        V.log.append('eq%d' % self.v)
        return self.v == other.v
    def __lt__(self, other):
        V.log.append('lt%d' % self.v)
        return self.v < other.v
    def __gt__(self, other):
        V.log.append('gt%d' % self.v)
        return self.v > other.v
print([V(1), V(2), V(3)] < [V(1), V(2), V(4)], V.log)
V.log = []
print((V(1), V(5)) > (V(1), V(2)), V.log)
V.log = []
print([V(1)] < [V(1)], [V(1)] <= [V(1)], V.log)
# __eq__ returning a non-bool: truth value decides
class E:
    def __eq__(self, other):
        return 'truthy'
print([E()] == [E()], [E(), 1] == [E(), 2])
class NotBool:
    def __bool__(self):
        raise TypeError('no bool here')
class EB:
    def __eq__(self, other):
        return NotBool()
show(lambda: [EB()] == [EB()])
show(lambda: (EB(),) == (EB(),))
x = EB()
print([x] == [x])
# subclasses compare like the base
class L(list):
    pass
print(L([1]) == [1], [1, 2] < L([1, 3]), L() == L())
class T(tuple):
    pass
print(T((1,)) == (1,), T() < (0,))
