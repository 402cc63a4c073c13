# slice objects: attributes, indices, repr, equality, use in subscripts
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(10, -10, -3).indices(7), slice(None).indices(0))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: s.indices(-1))
show(lambda: s.indices('a'))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::], c[1:2:3], c[:, 1], c[1:2, ::3], c[...], c['a':'b'])
print('abcdef'[slice(1, 4)], [1, 2, 3][slice(None, None, -1)], (1, 2, 3)[slice(-2, None)])
show(lambda: [1, 2][slice('a', 2)])
show(lambda: [1, 2][1.5:])
class I:
    def __index__(self):
        return 1
print([1, 2, 3][I():], [1, 2, 3][:I()], slice(I(), 5).indices(3))
print(list(range(10))[2:8:3], list(range(10))[-2:-8:-3], 'hello'[::-2])
print(slice(1, 2, 3).__reduce__(), type(s).__name__)
show(lambda: setattr(s, 'start', 3))
big = 10 ** 30
print([1, 2, 3][-big:big], [1, 2, 3][big:], slice(-big, big, big).indices(5))
