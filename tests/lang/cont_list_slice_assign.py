# slice assignment: simple and extended slices, growing/shrinking,
# iterables of every kind, self-assignment and the size-mismatch errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def sa(lst, sl, value):
    lst = list(lst)
    try:
        lst[sl] = value
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(6))
sa(base, slice(1, 3), 'ab')
sa(base, slice(1, 3), [])
sa(base, slice(1, 1), [7, 8, 9])
sa(base, slice(4, 1), ['x'])
sa(base, slice(-2, None), (10, 11, 12))
sa(base, slice(None, None), iter([1]))
sa(base, slice(100, 200), [99])
sa(base, slice(-100, 2), [99])
sa(base, slice(None, None, 2), 'abc')
sa(base, slice(None, None, 2), 'ab')
sa(base, slice(None, None, 2), 'abcd')
sa(base, slice(1, None, 2), range(3))
sa(base, slice(None, None, -1), 'fedcba')
sa(base, slice(None, None, -2), [0, 0, 0])
sa(base, slice(4, 0, -2), [0, 0])
sa(base, slice(4, 0, -2), [0])
sa(base, slice(None, None, 0), [])
sa(base, slice(None, None, 1), 'xyz')
sa(base, slice(2, 2, 5), [])
sa(base, slice(2, 2, 5), [1])
sa(base, slice(10, 20, 2), [])
sa(base, slice(10, 20, 2), [1])
sa(base, slice(1, 3), 5)
sa(base, slice(1, 3), None)
sa(base, slice(None, None, 2), 5)
sa(base, slice(0, 6, 3), {'k': 1, 'j': 2})
sa(base, slice(1, 2), (x for x in 'gen'))
sa(base, slice(1.0, 2), [])
sa(base, slice('a', 2), [])
sa(base, slice(0, 6, 10 ** 20), ['big'])
sa(base, slice(-10 ** 20, 10 ** 20, 3), ['p', 'q'])
sa([], slice(None, None, -1), [])
sa([], slice(None, None, -1), [1])

# assigning a list to a slice of itself copies first
a = [1, 2, 3, 4]
a[1:3] = a; print(a)
b = [1, 2, 3, 4]
b[::2] = b[1::2]; print(b)
c = [1, 2, 3, 4]
c[::-1] = c; print(c)
d = [1, 2, 3]
d[:0] = d; print(d)
e = [1, 2, 3, 4, 5, 6]
e[::2] = e[:3]; print(e)
# an iterable that mutates the list while it is consumed
f = [1, 2, 3]
def mut():
    f.append(9)
    yield 'm'
f[0:1] = mut(); print(f)
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
sa(base, slice(0, 6, 2), Seq())
sa(base, slice(0, 2), Seq())
show(lambda: base.__setitem__(slice(1, 3), 5))
print(base)
