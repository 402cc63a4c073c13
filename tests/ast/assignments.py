# Every form of assignment.
a = 1
a = b = c = 2
a, b = b, a
(a, b), [c, *d] = x
a.b.c = 1
a[0] = a[1:2] = a[::3] = a[1:2, ::3] = 4
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2
x **= 2; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
y: int
y: int = 5
a.attr: str = 'x'
(z): float = 1.0
v: list[int] = []
first, *rest = range(10)
if (n := len(a)) > 10:
    pass
