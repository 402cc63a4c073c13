# tuple subclasses: repr, hashing, slicing and operations returning base
# tuples, a hand-made named tuple, __getnewargs__-free behaviour
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class T(tuple):
    pass
t = T((1, 2, 3))
print(t, repr(t), str(t), type(t).__name__, len(t), t[0], t[-1])
print(type(t[:2]).__name__, type(t * 2).__name__, type(t + t).__name__, type(t[:]).__name__)
print(hash(t) == hash((1, 2, 3)), t == (1, 2, 3), {t: 'v'}[(1, 2, 3)], (1, 2, 3) in {t})
t.attr = 'ok'
print(t.attr)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self
p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), sorted([Point(2, 1), Point(1, 5)]), [p])
show(lambda: Point(1))
show(lambda: setattr(p, 'z', 1))
show(lambda: p.__dict__)
x, y = p
print(x + y, *p, max(p), list(p))
class R(tuple):
    def __repr__(self):
        return 'R' + super().__repr__()
print(R(), R((1,)), [R((2,))], {R(): 0}, (R((3,)),))
class Rec(tuple):
    pass
print(repr(Rec(([],))))
class Eq(tuple):
    def __eq__(self, other):
        return True
    __hash__ = tuple.__hash__
print(Eq((1,)) == (2,), (2,) == Eq((1,)), Eq((1,)) != (2,), [Eq((1,))].count((5, 6)))
class Len(tuple):
    def __len__(self):
        return 99
l = Len((1, 2))
print(len(l), list(l), l[1], tuple(l), l == (1, 2))
class Get(tuple):
    def __getitem__(self, i):
        return 'get'
g = Get((1, 2))
print(g[0], list(g), g.index(2), g.count(1), *g)
class Iter(tuple):
    def __iter__(self):
        return iter(['from iter'])
i = Iter((1, 2))
print(list(i), tuple(i), [*i], len(i), i[0])
a, = i
print(a)
