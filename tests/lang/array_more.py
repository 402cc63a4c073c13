import array, copy, pickle, io
A = array.array

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# iteration
a = A('i', [1, 2, 3])
print(list(a), [x * 2 for x in a])
it = iter(a)
print(type(it).__name__, next(it))
a.append(4)
print(list(it))
a = A('i', [1, 2, 3, 4])
out = []
for x in a:
    out.append(x)
    if x == 2:
        del a[2:]
print(out)
a = A('b', [1, 2])
n = 0
for x in a:
    n += 1
    if n < 5:
        a.append(x)
print(n, a)
it = iter(A('i', [1]))
print(list(it), list(it))

# copy / pickle
a = A('d', [1.5, -2])
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b is a, b == a)
print(a.__reduce_ex__(2))
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1])
t(lambda: a.__reduce_ex__('a'))
for proto in range(6):
    for tc in array.typecodes:
        x = A(tc, 'ab' if tc == 'u' else [1, 2])
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and y.typecode == tc, (proto, tc)
print('pickled ok')
t(lambda: array._array_reconstructor(1, 'i', 8, b''))
t(lambda: array._array_reconstructor(int, 'i', 8, b''))
t(lambda: array._array_reconstructor(A, 'z', 8, b''))
t(lambda: array._array_reconstructor(A, 'i', 99, b''))
t(lambda: array._array_reconstructor(A, 'i', 8, 'x'))
t(lambda: array._array_reconstructor(A, 'i', 9, b'\0\0\0\1'))
t(lambda: array._array_reconstructor(A, 'd', 14, b'\0\0\x80\x3f'))
t(lambda: array._array_reconstructor(A, 'u', 18, b'a\0b\0'))
for args in [(A,'u',19,b'\0a\0b'),(A,'u',21,b'\0\0\0a\0\0\0b'),(A,'i',15,b'\x3f\x80\0\0'),(A,'f',17,b'\x3f\xf0\0\0\0\0\0\0'),(A,'I',8,b'\xff\xff\xff\xff'),(A,'i',0,b'\xff'),(A,'d',2,b'\1\0')]:
    t(lambda: array._array_reconstructor(*args))
t(lambda: array._array_reconstructor(A, 'i', 8, b'abc'))
t(lambda: array._array_reconstructor(A, 'q', 3, b'\xff\xfe'))
t(lambda: array._array_reconstructor(A, 'Q', 13, b'\xff' * 8))
t(lambda: array._array_reconstructor(A, 'h', 1, b'\xff\x01'))

# subclass
class MyArr(A):
    def __init__(self, tc, init=()):
        self.extra = 1
m = MyArr('i', [1, 2])
print(m, type(m[:1]).__name__, type(m + m).__name__, m.extra, isinstance(m, A))
m2 = pickle.loads(pickle.dumps(m, 4))
print(type(m2).__name__, m2, m2.extra)
class K(A):
    pass
print(K('i', [3]), K('u', 'x'))

# files
f = io.BytesIO()
A('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
b = A('i'); b.fromfile(f, 2); print(b)
t(lambda: b.fromfile(f, 5))
print(b)
t(lambda: b.fromfile(f, -1))
t(lambda: b.fromfile(1, 2))
t(lambda: A('i', [1]).tofile(5))

# buffer protocol
a = A('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m.readonly)
m[0] = 99
print(a)
t(lambda: a.append(4))
t(lambda: a.pop())
t(lambda: a.extend([1]))
t(lambda: a.frombytes(b'1234'))
a[1] = 5
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(a) as m2:
    t(lambda: a.__delitem__(0))
    t(lambda: a.__imul__(2))
del a[0]
print(a)
print(memoryview(A('d', [1.5])).tolist(), memoryview(A('B', [1, 2])).cast('b').tolist())
mu = memoryview(A('u', 'ab'))
print(mu.format, mu.itemsize, len(mu), mu.nbytes, bytes(mu))
t(lambda: mu[0])
t(lambda: mu.tolist())
print(memoryview(A('h', [1, 2])).cast('B').tolist())

# hostile
t(lambda: A('i', [1]) * (2**62))
t(lambda: A('b', [1]) * (2**61))
t(lambda: A('i').fromfile(io.BytesIO(), 2**62))
t(lambda: A('i', range(3)) * (2**64))
x = A('i', [1, 2, 3])
x[1:2] = x; print(x)
x.extend(x); print(x)
x += x; print(x)
t(lambda: x.frombytes(x)); print(len(x))
class Evil:
    def __index__(self):
        del x[:]
        return 1
x = A('i', range(5))
try:
    x.__setitem__(0, Evil())   # CPython writes past the end here: only survive
except IndexError:
    pass
print(len(x))
x = A('i', range(5))
t(lambda: x[Evil()])
x = A('i', range(5))
t(lambda: x[Evil():4])
print(x)
x = A('i', range(5))
t(lambda: x.insert(Evil(), 3)); print(x)
x = A('i', range(5))
t(lambda: x.pop(Evil())); print(x)
x = A('d', range(3))
class EvilF:
    def __float__(self):
        del x[:]
        return 1.0
try:
    x.__setitem__(2, EvilF())
except IndexError:
    pass
print(len(x))
class EvilEq:
    def __eq__(self, o):
        del y[:]
        return False
y = A('i', range(5))
print(y.count(EvilEq()), y)
y = A('i', range(5))
t(lambda: y.index(EvilEq()))
y = A('i', range(5))
print(EvilEq() in y)
