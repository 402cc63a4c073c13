import array
A = array.array

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(array.typecodes)
for c in array.typecodes:
    a = A(c)
    print(c, a.typecode, a.itemsize, repr(a), len(a))

# construction
t(lambda: A('i', [1, 2, 3]))
t(lambda: A('d', [1.5, 2]))
t(lambda: A('f', (0.1, 3)))
t(lambda: A('u', 'h\xe9llo\U0001f600'))
t(lambda: A('b', b'abc'))
t(lambda: A('B', bytearray(b'xyz')))
t(lambda: A('h', range(5)))
t(lambda: A('i', A('b', [1, -2])))
t(lambda: A('d', A('i', [1, 2])))
t(lambda: A('i', iter([4, 5])))
t(lambda: A(1))
t(lambda: A('ab'))
t(lambda: A('z'))
t(lambda: A('i', 'abc'))
t(lambda: A('i', A('u', 'a')))
t(lambda: A('u', A('i', [1])))
t(lambda: A('i', [1], x=1))
t(lambda: A('i', [1], 2))
t(lambda: A())
t(lambda: A('i', b'abc'))
t(lambda: A('u', [1]))
t(lambda: A('u', ['ab']))
t(lambda: A('u', ['a', 'b']))

# ranges
for c in 'bBhHiIlLqQ':
    bits = 8 * A(c).itemsize
    for v in (10**30, -10**30, 2**bits, -1, 2**(bits - 1), -2**(bits - 1) - 1, 2**(bits-1) - 1, -2**(bits-1), 2**bits - 1, 0):
        try:
            a = A(c, [v])
            print(c, 'ok', a[0])
        except Exception as e:
            print(c, v > 0, type(e).__name__, e)
for c in 'bBhHiIlLqQfdu':
    for v in ('x', 1.5, None, 'ab', True, 7):
        try:
            print(c, repr(v), A(c, [v]))
        except Exception as e:
            print(c, repr(v), type(e).__name__, e)

class Idx:
    def __index__(self): return 42
print(A('i', [Idx()]), A('Q', [Idx()]))
print(A('f', [0.1])[0], A('d', [0.1])[0])
