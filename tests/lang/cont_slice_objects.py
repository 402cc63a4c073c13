# slice objects: attributes, indices() for every case, repr, equality,
# ordering, hash TypeError (3.11), and use through __getitem__
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(slice('a', [1], {}), slice(1.5, None), repr(slice(None, None, None)))
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(-100, 100),
           slice(100, -100, -1), slice(None, None, 3), slice(5, 1, -2), slice(0, 0), slice(-1, -1, -1)]:
    print(sl, [sl.indices(n) for n in (0, 1, 5, 10)])
show(lambda: slice(None, None, 0).indices(5))
show(lambda: s.indices(-1))
show(lambda: s.indices('5'))
show(lambda: s.indices())
show(lambda: slice('a').indices(5))
show(lambda: slice(1, 2, 'x').indices(5))
print(slice(10 ** 20, -10 ** 20, -10 ** 20).indices(7), slice(None).indices(10 ** 20))
show(lambda: hash(slice(1)))
show(lambda: {slice(1): 2})
show(lambda: {slice(1)})
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) > slice(1, 2, 2), slice(0) <= slice(0))
show(lambda: slice(1, 2, 3) > slice(1, 2))
show(lambda: slice(1) < slice('a'))
show(lambda: slice(1) < (None, 1, None))
print(slice(1, 2) == (1, 2, None), slice(1) != slice(1))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(stop=3))
show(lambda: setattr(s, 'start', 0))
class G:
    def __getitem__(self, key):
        return key
g = G()
print(g[1:2], g[::], g[:], g[1:], g[::-1], g[1:2, 3], g[..., 1:], g[:, None])
print(type(g[1:2]).__name__, g[1:2:3].indices(100))
class I:
    def __index__(self):
        return 3
print(slice(I(), I(), I()).indices(10), [0, 1, 2, 3, 4, 5][slice(I(), None)])
print(slice(True, False, True).indices(4), slice(-0, -0).indices(3))
