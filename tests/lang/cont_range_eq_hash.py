# range equality is by the sequence it represents; hash agrees; repr;
# attributes; constructor errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(range(0), range(5, 5)), (range(0), range(3, 1, 2)), (range(0, 3, 2), range(0, 4, 2)),
         (range(1), range(1, 2, 9) if False else range(0, 1, 5)), (range(3), range(0, 3, 1)),
         (range(5), range(4)), (range(0, 10, 3), range(0, 11, 3)), (range(0, 10, 3), range(0, 9, 3)),
         (range(5, 0, -1), range(5, 0, -2)), (range(2, 3), range(2, 10, 100))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else '-')
print(range(3) == [0, 1, 2], range(3) == (0, 1, 2), list(range(3)) == [0, 1, 2])
show(lambda: range(3) < range(4))
show(lambda: range(3) <= range(3))
print(range(3) == range(0, 3) == range(0, 3, 1), range(1, 2) is range(1, 2))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 1)), repr(range(5, 1, -1)), repr(range(0, 5, 2)))
print(range(-3, 3).start, range(-3, 3).stop, range(-3, 3).step, range(7).start, range(7).step)
show(lambda: setattr(range(3), 'start', 1))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range(1.0))
show(lambda: range('3'))
show(lambda: range(1, 2.5))
show(lambda: range(None))
show(lambda: range(start=1))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
r = range(I(1), I(10), I(2))
print(r, r.start, type(r.start).__name__, list(r))
class BadIndex:
    def __index__(self):
        return 'x'
show(lambda: range(BadIndex()))
print(range(True, 5, True), range(False, True))
# ranges as dict keys / set members
d = {range(0): 'empty', range(1, 4): 'r'}
print(d[range(5, 5)], d[range(1, 4, 1)], range(10, 10, 3) in d, len({range(0), range(2, 2), range(1, 1, 5)}))
print(sorted(set(map(lambda r: (r.start, r.stop, r.step), {range(0, 3, 2), range(0, 4, 2)}))))
# bool of ranges
print(bool(range(0)), bool(range(1)), bool(range(5, 0)), bool(range(5, 0, -1)))
