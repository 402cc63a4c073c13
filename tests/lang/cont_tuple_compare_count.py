# tuple comparisons, count/index with start/stop and their errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 'a', 1.0, True, None, (1,), [1], 'a')
print(t.count(1), t.count('a'), t.count(None), t.count((1,)), t.count([1]), t.count(2))
print(t.index('a'), t.index('a', 2), t.index(1, 1), t.index(None, -4), t.index([1], 0, 7))
show(lambda: t.index('a', 2, 7))
show(lambda: t.index('zz'))
show(lambda: t.index(2))
show(lambda: t.index('a', 'b'))
show(lambda: t.index())
show(lambda: t.count())
show(lambda: t.index('a', 0, 1, 2))
print(t.index('a', -10 ** 20, 10 ** 20), (1, 2).index(2, -1))
show(lambda: (1, 2).index(1, 10 ** 20))
print((1, 2) < (1, 2, 0), (1, 2) < (1, 3), (2,) > (1, 9), () < (0,), (1,) == (1.0,))
print((1, (2, 3)) < (1, (2, 4)), ((1, 2), 3) <= ((1, 2), 3), (1, 2) != (1, 2))
show(lambda: (1, 2) < (1, 'a'))
show(lambda: (1, 2) < ('a', 2))
show(lambda: () < [])
show(lambda: (1,) > None)
print((1, 'a') < (2, 5), (1, 'a') == (1, 5), (None,) == (None,))
show(lambda: (None,) < (None,))
nan = float('nan')
print((nan,) == (nan,), (nan, 1) < (nan, 2), (float('nan'),) < (float('nan'),))
print((0, nan) < (0, nan), (1, nan) <= (1, nan))
# comparison stops at the first differing pair
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
print((C(1), C(2), C(3)) < (C(1), C(5), C(0)))
print((C(1),) <= (C(1),))
print((C(1), C(2)) == (C(1), C(2), C(3)))
print(max((1, 'b'), (1, 'a'), (0, 'z')), min([(2, 1), (1, 2), (1, 1)]))
