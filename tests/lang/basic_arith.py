# Integer and float arithmetic, comparisons, big ints, divmod/pow/round.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10)
print(2 ** 100, (2 ** 64) // 3, -(2 ** 70) % 7)
print(1.5 + 2, 0.1 + 0.2, 1e300 * 10, -0.0, 3.0 / 2)
print(1 < 2, 2 <= 1, 3 == 3.0, 1 != 1, 1 < 2 < 3, 3 > 2 > 2)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), round(2.567, 2), round(7.5))
print(abs(-5), abs(-2.5), hex(255), oct(8), bin(5), int("42") + 1, float("1.5"))
x = 10
x += 5
x *= 2
x -= 1
x //= 4
print(x, -x, +x, ~x, not x)
print(True + True, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, 2 ** 70 >> 68)
