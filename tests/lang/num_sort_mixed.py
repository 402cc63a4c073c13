# sorting and ordering of mixed numbers: ints, floats, bools and big ints
# sort together exactly; stability keeps equal values in input order;
# keys, reverse, and nan breaking total order in a predictable way.
vals = [3, 2.5, True, -1, 2**64, -(2**70), 1e20, 0, -0.0, False, 1.0, 2**53 + 1, 2.0**53, 10**30, 1e30, -5.5]
s = sorted(vals)
print(s)
print([type(v).__name__ for v in s])
print(sorted(vals, reverse=True))
eq = [1, 1.0, True, 1 + 0j.real if False else 1, 0.5 + 0.5]
print([repr(v) for v in sorted(eq)], [repr(v) for v in sorted(eq, reverse=True)])
zs = [0, -0.0, 0.0, False, -0]
print([repr(v) for v in sorted(zs)], [repr(v) for v in sorted(zs, reverse=True)], repr(min(zs)), repr(max(zs)))
print(sorted([2**100 + 1, 2**100, 2.0**100, 2**100 - 1]), sorted([-(2**100), -(2.0**100), -(2**100) + 1]))
print(sorted(vals, key=abs)[:6], sorted(vals, key=lambda v: -v)[:4], sorted(range(-5, 6), key=lambda v: (v % 3, -v)))
print(sorted([3, 1, 2], key=float), sorted(["10", "9", "100"], key=int), sorted([1.5, 1, 0.5], key=int))
nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1, 2]), sorted([3, 1, nan, 2, 0]))
l = [5, 3.5, 2**70, -1]
l.sort()
print(l, l.index(3.5), l.count(2**70), 2.0**70 in l, 3.5 in l)
print(sorted({1: "a", 0.5: "b", -3: "c"}), sorted({2**64, 1.5, -2}), sorted((1j.imag, 2.5, 0)))
try:
    sorted([1, 1j])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1.5, "2"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
