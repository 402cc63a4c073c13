# int floor division and modulo: sign rules on small, word-boundary and huge
# operands, divmod consistency, and the ZeroDivisionError messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

small = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 13, -13]
for a in small:
    row = []
    for b in small:
        if b == 0:
            continue
        q, r = a // b, a % b
        assert divmod(a, b) == (q, r)
        assert q * b + r == a
        row.append("%d,%d" % (q, r))
    print(a, " ".join(row))

edges = [2**62 - 1, 2**62, 2**63 - 1, 2**63, 2**64 + 1, -2**62, -2**63, -2**63 - 1, -2**64 - 1,
         10**30 + 7, -(10**30) - 7, 3**100, -(3**100)]
divs = [1, -1, 2, -2, 3, -3, 2**31 - 1, -(2**31 - 1), 2**63, -(2**63), 10**15 + 37, -(10**15 + 37),
        3**50, -(3**50)]
for a in edges:
    for b in divs:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert q * b + r == a
        assert (r == 0) or ((r > 0) == (b > 0))
        assert abs(r) < abs(b)
        print(a, b, q, r)

# the minimum tagged value divided by -1 leaves the small range
m = -2**62
print(m // -1, m % -1, type(m // -1).__name__, divmod(m, -1))
m = -2**63
print(m // -1, m % -1, divmod(m, -1))
# huge dividend, small divisor and the reverse
big = 7**200
print(big // 13, big % 13, (-big) // 13, (-big) % 13)
print(13 // big, 13 % big == 13, (-13) // big, (-13) % big == big - 13, 13 // -big, 13 % -big == 13 - big)
print(big // big, big % big, (-big) // big, big // -big, (big + 1) % big, (big - 1) % -big == -1)
# zero divisors
show("1//0", lambda: 1 // 0)
show("1%0", lambda: 1 % 0)
show("divmod(1,0)", lambda: divmod(1, 0))
show("big//0", lambda: 2**200 // 0)
show("big%0", lambda: (-2**200) % 0)
show("divmod(big,0)", lambda: divmod(2**200, 0))
show("0//0", lambda: 0 // 0)
show("True//False", lambda: True // False)
show("5%False", lambda: 5 % False)
# bool operands give ints
print(True // True, True % 2, divmod(True, 2), divmod(-5, True), type(True // True).__name__)
# in-place forms
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
x = 10**25
x //= -3
print(x)
x = 10**25
x %= -3
print(x)
