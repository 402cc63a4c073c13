# comparisons between floats and ints are exact, including huge ints that
# no float equals, values past 2**53, infinities and nan.
inf, nan = float("inf"), float("nan")
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 + 1, 2.0**53 + 2), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
         (-(2**63), -(2.0**63)), (-(2**63) - 1, -(2.0**63)), (10**30, 1e30), (10**22, 1e22), (10**23, 1e23),
         (2**1024, inf), (-(2**1024), -inf), (10**400, 1e308), (-(10**400), -1e308), (10**400, inf),
         (0, 0.0), (0, -0.0), (1, 0.9999999999999999), (1, 1.0000000000000002), (-1, -1.0), (3, 2.5),
         (2**1023 * 2 - 1, 1.7976931348623157e308), (17976931348623157 * 10**292, 1.7976931348623157e308), (5, nan),
         (10**400, nan), (True, 1.0), (False, -0.0)]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b > a, b <= a, b >= a)
print(nan == nan, nan != nan, nan < nan, nan >= nan, nan == 1, 1 != nan, [nan] == [nan], nan in [nan])
x = nan
print(x == x, x is x, [x] == [x], (x,) == (x,), x in (x,), {x: 1}.get(x))
print(inf == inf, -inf < inf, inf > 10**1000, -inf < -(10**1000), inf == 10**1000, inf - inf != inf - inf)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(nan, 1), max(1, nan), min(nan, 1), sorted([3, 1.5, 2, 0.5]))
print(sorted([2**64, 1.8446744073709552e19, 2**64 - 1, 2**64 + 1]), sorted([1e308, 10**309, inf, -inf, -(10**309)]))
print(1 < 2.5 < 3, 0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1e16 == 10**16, 1e16 + 1 == 10**16 + 1)
print(float.__eq__(1.0, 1), float.__lt__(1.0, "x"), int.__eq__(1, 1.0), int.__lt__(1, 2.0), float.__ge__(2.0, 2**70))
ops = [("<", lambda a, b: a < b), (">", lambda a, b: a > b), ("<=", lambda a, b: a <= b), (">=", lambda a, b: a >= b)]
for op, f in ops:
    for a, b in [(1.0, "1"), ("1", 1.0), (1.0, None), (1.0, 1j), (1j, 1), (1j, 1j), ([], 1.0)]:
        try:
            print(f(a, b))
        except TypeError as e:
            print(op, type(e).__name__, e)
print(1.0 == "1", 1.0 != None, 1j == 1, 1 + 0j == 1.0, 2j == 2j, complex(1, 0) == True, 1.0 == 1 + 0j)
