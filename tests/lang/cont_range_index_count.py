# range.index / count / __contains__ with ints, bools, floats, big ints,
# int subclasses and objects with __eq__; messages for missing values
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
print(r.index(9), r.index(True) if 1 in r else 'no 1', r.count(9), r.count(10), r.count(True))
show(lambda: r.index(10))
show(lambda: r.index(-3))
show(lambda: r.index(21))
show(lambda: r.index(9.0))
show(lambda: r.index(9.5))
show(lambda: r.index('9'))
show(lambda: r.index(None))
show(lambda: r.index())
show(lambda: r.index(9, 0))
show(lambda: r.count())
print(r.count(9.0), r.count(3 + 0j), r.count('3'), 9.0 in r, 9.5 in r, 3 + 0j in r)
q = range(1, 10)
print(q.index(True), q.count(True), True in q, False in q, range(2).index(False))
class MyInt(int):
    pass
print(r.index(MyInt(6)), MyInt(6) in r, r.count(MyInt(6)))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return other == self.v
print(Eq(12) in r, r.count(Eq(12)), r.index(Eq(12)), Eq(13) in r)
show(lambda: r.index(Eq(13)))
class AllEq:
    def __eq__(self, other):
        return True
print(AllEq() in r, r.count(AllEq()), r.index(AllEq()))
class Raises:
    def __eq__(self, other):
        raise ValueError('eq raised')
show(lambda: Raises() in r)
show(lambda: r.count(Raises()))
show(lambda: r.index(Raises()))
# negative steps and empty ranges
n = range(10, -10, -4)
print(list(n), n.index(-6), n.count(2), 2 in n, 3 in n, -10 in n, 10 in n)
show(lambda: n.index(-10))
e = range(5, 5)
print(e.count(5), 5 in e)
show(lambda: e.index(5))
# big ints
b = range(-2 ** 80, 2 ** 80, 2 ** 70)
print(b.index(0), b.count(2 ** 70), 2 ** 70 in b, 2 ** 70 + 1 in b, b.index(-2 ** 80))
show(lambda: b.index(2 ** 80))
show(lambda: b.index(1))
print(float(2 ** 70) in b, b.count(float(2 ** 70)))
