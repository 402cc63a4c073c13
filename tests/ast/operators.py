# Binary, unary, boolean and comparison operators with their precedence.
x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 ** 2
y = (1 + 2) * 3
z = -x + +y - ~x
w = x << 2 >> 1 & 0xF | 3 ^ 5
m = a @ b
b1 = not a and b or c and not d
cmp = a < b <= c > d >= e == f != g
mem = a in b, a not in b, a is b, a is not b
cond = a if b else c if d else e
p = -2 ** -3
q = await_ = 1
