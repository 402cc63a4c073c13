# mixing int, bool, float and complex in arithmetic: result types, exact
# conversions, comparisons across the tower, and inplace mixing.
vals = [True, 3, -2**70, 2.5, -0.0, 1 + 2j, complex(0, -1)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("==", lambda a, b: a == b),
       ("<", lambda a, b: a < b)]
for a in vals:
    for b in vals:
        out = []
        for name, f in ops:
            try:
                r = f(a, b)
                out.append("%s:%s" % (type(r).__name__[0], r if not isinstance(r, float) else repr(r)))
            except Exception as e:
                out.append("%s!" % type(e).__name__[:4])
        print(repr(a), repr(b), " ".join(out))
print(1 == 1.0 == (1 + 0j) == True, 0 == -0.0 == 0j == False, 2**53 + 1 == float(2**53 + 1), (2**53 + 1) + 0j == 2**53 + 1)
print(type(True + 1.0).__name__, type(1 + 1j).__name__, type(True * 1j).__name__, type(2 ** -1).__name__, type(4 / 2).__name__)
print(repr(10**20 + 0.5), repr(10**20 * 1j), repr(2**70 / 2**69), repr(3 * 0.1), repr(0.1 * 3), repr((2**53 + 1) * 1.0))
x = 1
x += 0.5
print(repr(x))
x *= 2j
print(repr(x))
x -= True
print(repr(x))
y = True
y += True
print(repr(y), type(y).__name__)
y = False
y |= True
print(repr(y), type(y).__name__)
print(int(2.999), float(7), complex(True), complex(2.5), int(True + True), float(-(2**70)), complex(-(2**70)))
print(sum([True, 2, 3.5, 1j]), max(True, 0.5), min(-1, -1.0), abs(-True), round(True + 0.5), divmod(True, 0.3))
