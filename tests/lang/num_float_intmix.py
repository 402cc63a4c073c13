# int-to-float conversions are correctly rounded (ties to even), ints are
# converted before mixed arithmetic, float() of big ints near the limits,
# and exact comparisons do not round.
for k in range(0, 9):
    n = 2**53 + k
    print(k, repr(float(n)), repr(float(-n)), repr(n + 0.0), repr(n * 1.0), float(n) == n, repr(n / 1))
for k in [1, 2, 3, 2**9, 2**10, 2**10 + 1, 2**11 - 1, 2**11, 3 * 2**10]:
    n = 2**64 + k
    print(k, repr(float(n)), float(n) == n, float(n) < n, float(n) > n)
for e in [60, 63, 64, 100, 500, 1000, 1023]:
    n = 2**e - 1
    print(e, repr(float(n)), float(n) == 2.0**e, repr(float(n - 2**(e - 54))), repr(float(-n)))
print(repr(float(2**1024 - 2**970 - 1)), repr(float(10**308)), repr(float(17976931348623157 * 10**292)))
for bad in [2**1024, 2**1024 - 2**970, 10**309, -(10**309)]:
    try:
        float(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
# mixing: the int is rounded to a float first
print(repr(2**53 + 1 + 0.0), repr(0.5 + 2**53), repr(2**53 + 1 - 2.0**53), repr((2**53 + 1) - 2**53 + 0.0))
print(repr(10**16 + 1.0), repr(10**17 * 0.1), repr(3 * 0.1), repr(10**22 * 1.0), repr(10**23 * 1.0), repr(float(10**23)))
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1, float(2**53 + 1) == 2**53, 10**23 == 1e23, 10**22 == 1e22)
print(repr(int(1e23)), repr(int(float(10**23))), repr(int(2.0**70)), int(1e23) == 10**23, round(1e23) == int(1e23))
print(repr(7 / 2), repr(-7 / 2), repr(2**60 / 3), repr(-(2**80) / 3), repr((10**17 + 1) / 10), repr(1 / 2**60))
print(repr(float(True)), repr(float(-0)), repr(True * 1.5), repr(False / 1.0), repr(-(2**62) * 1.0), repr(2**62 * -1.0))
