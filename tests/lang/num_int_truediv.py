# int / int is correctly rounded even for huge operands; overflow and
# underflow; ZeroDivisionError message; int/float mixing.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a, b in [(1, 3), (2, 3), (-1, 3), (1, -3), (7, 7), (0, 5), (0, -5), (10, 4), (2**53 + 1, 1),
             (2**53 + 1, 2), (2**54 + 3, 4), (2**63 - 1, 1), (2**64 + 1, 2**11), (10**20, 3), (-(10**20), 7)]:
    print(a, b, repr(a / b))
# huge numerators and denominators whose quotient fits a float
print(repr(10**400 / 10**399), repr((10**400 + 1) / 10**398), repr(3**1000 / 3**999), repr(2**2000 / 2**1999))
print(repr(10**30 / (10**15 + 1)), repr((2**1100 + 1) / 2**1100), repr(1 / 10**300), repr(1 / 10**320))
print(repr(1 / 2**1074), repr(1 / 2**1075), repr(3 / 2**1076), repr(1 / 2**1100), repr(-1 / 10**400))
print(repr((2**1024 - 2**970 - 1) / 1), repr((2**1024 - 2**971) / 1))
show("2**1024/1", lambda: 2**1024 / 1)
show("10**400/3", lambda: 10**400 / 3)
show("10**400/10**80", lambda: 10**400 / 10**80)
show("-10**400/7", lambda: -(10**400) / 7)
show("2**1024 - 2**970 rounds up", lambda: (2**1024 - 2**970) / 1)
show("1/0", lambda: 1 / 0)
show("big/0", lambda: 10**100 / 0)
show("0/0", lambda: 0 / 0)
show("1/False", lambda: 1 / False)
# correct rounding: halfway cases round to even
for k in range(1, 8):
    n = 2**53 + k
    print(k, repr(n / 1), repr(n / 2), repr(-n / 1))
# ints with floats
print(repr(10**20 / 3.0), repr(3.0 / 10**20), repr(2**60 / 0.5), repr(1 / 3.0))
show("huge int / float", lambda: 10**400 / 2.0)
show("float / huge int", lambda: 2.0 / 10**400)
show("1/0.0", lambda: 1 / 0.0)
print(True / 2, False / True, type(True / True).__name__)
x = 10
x /= 4
print(x, type(x).__name__)
