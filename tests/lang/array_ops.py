import array
A = array.array

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = A('i', range(10))
print(a[3], a[-1], a[2:5], a[::-2], a[100:], a[-3:])
t(lambda: a[10])
t(lambda: a['x'])
a[0] = 100
a[-1] = -5
print(a)
t(lambda: a.__setitem__(20, 1))
t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__delitem__(20))
a[2:4] = A('i', [7, 7, 7, 7])
print(a)
a[1:1] = A('i')
a[::3] = A('i', [0] * len(a[::3]))
print(a)
t(lambda: a.__setitem__(slice(0, 4, 2), A('i', [1])))
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(slice(0, 1), A('b', [1])))
del a[::2]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
b = A('i', range(20))
del b[::-3]
print(b)
b[::-1] = b
print(b)
b[2:] = b
print(b)

# methods
a = A('h', [1, 2, 3, 2, 1])
a.append(9); a.insert(0, -1); a.insert(100, 8); a.insert(-100, 7)
print(a, a.count(2), a.index(2), a.index(2, 4), a.index(1, -3))
t(lambda: a.index(42))
t(lambda: a.index(2, 'a'))
t(lambda: a.insert('a', 1))
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: a.pop(50))
t(lambda: A('i').pop())
a.remove(2)
print(a)
t(lambda: a.remove(42))
a.reverse(); print(a)
a.extend([5, 6]); a.extend(A('h', [7])); print(a)
t(lambda: a.extend(A('i', [1])))
t(lambda: a.extend(5))
t(lambda: a.extend([1, 2, 'x']))
print(a)
a.extend(a); print(a)
a += a; print(len(a))
t(lambda: a.__iadd__([1]))
t(lambda: a.__iadd__(A('b')))
c = A('i', [1, 2]); c *= 3; print(c)
c *= 0; print(c)
print(A('i', [1, 2]) * 2, 2 * A('b', [3]), A('i', [1]) * -1)
t(lambda: A('i', [1]) + [1])
t(lambda: A('i', [1]) + A('b', [1]))
t(lambda: A('i', [1]) * 'a')
print(A('i', [1]) + A('i', [2, 3]))

# comparisons
x, y = A('i', [1, 2]), A('i', [1, 3])
print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(x == A('i', [1, 2]), x == A('d', [1.0, 2.0]), x == [1, 2], A('i') < A('i', [0]))
print(A('d', [float('nan')]) == A('d', [float('nan')]))
t(lambda: x < [1])
t(lambda: hash(x))
print(2 in x, 5 in x, 'a' in x, 2.0 in x)

# conversions
a = A('i', [1, 2, 256])
bs = a.tobytes(); print(bs)
b = A('i'); b.frombytes(bs); print(b)
b.frombytes(bytearray(4)); print(b)
t(lambda: b.frombytes(b'abc'))
t(lambda: b.frombytes('abc'))
t(lambda: b.frombytes(b)); print(b)
print(a.tolist(), A('u', 'xyz').tolist())
b = A('d'); b.fromlist([1, 2.5]); print(b)
t(lambda: b.fromlist((1,)))
t(lambda: b.fromlist([1, 'x']))
print(b)
u = A('u', 'ab'); u.fromunicode('c\u20ac'); print(u, u.tounicode())
t(lambda: A('i').fromunicode('x'))
t(lambda: u.fromunicode(b'x'))
t(lambda: A('i').tounicode())
s = A('i', [1, 2]); s.byteswap(); print(s)
s = A('h', [1, 258]); s.byteswap(); print(s)
s = A('d', [1.0]); s.byteswap(); print(s.tobytes())
print(A('i', [5, 6, 7]).buffer_info()[1], type(A('i').buffer_info()[0]).__name__)
print(bytes(A('h', [1, 2])), bytearray(A('b', [1, -1])))
print(b'\x01\x00' in bytes(A('h', [1])))
