# del on list items and slices: negative steps, huge bounds,
# extended slices, and errors
def dl(lst, key):
    lst = list(lst)
    try:
        del lst[key]
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
dl(base, 0)
dl(base, -1)
dl(base, 10)
dl(base, -11)
dl(base, 10 ** 20)
dl(base, '1')
dl(base, 1.0)
dl(base, None)
dl(base, slice(2, 5))
dl(base, slice(5, 2))
dl(base, slice(None, None, 2))
dl(base, slice(1, None, 2))
dl(base, slice(None, None, 3))
dl(base, slice(None, None, -1))
dl(base, slice(None, None, -2))
dl(base, slice(-1, 3, -3))
dl(base, slice(8, 1, -2))
dl(base, slice(None, None, 0))
dl(base, slice(-100, 100))
dl(base, slice(-100, 100, 7))
dl(base, slice(100, -100, -4))
dl(base, slice(10 ** 20, -10 ** 20, -10 ** 20))
dl(base, slice(2, 3, 10 ** 20))
dl(base, slice(1, 9, 9))
dl(base, slice('a', None))
dl([], slice(None))
dl([], 0)
dl([], slice(None, None, -1))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
dl(base, slice(I(1), I(8), I(3)))
dl(base, I(-2))
# del a[:] in a loop, and del of the whole list while iterating it
a = list(range(5))
out = []
for x in a:
    out.append(x)
    del a[:2]
print(out, a)
b = list(range(6))
while b:
    del b[::2]
    print(b)
# del through a list subclass calls __delitem__
class L(list):
    def __delitem__(self, key):
        print('delitem', key)
        super().__delitem__(key)
c = L('abcdef')
del c[1:4]
del c[-1]
print(c)
# del on a tuple / range fails
def bad(obj, key):
    try:
        del obj[key]
    except Exception as e:
        print(type(e).__name__, e)
bad((1, 2), 0)
bad(range(3), slice(1))
bad('abc', 0)
