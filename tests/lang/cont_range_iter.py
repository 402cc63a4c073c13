# iterating ranges: negative and large steps, empty ranges, loop
# variable reassignment, range iterators' length hints, membership
# during iteration, and ranges near the int64 edges
print(list(range(5)), list(range(2, 5)), list(range(5, 2)), list(range(10, 0, -3)), list(range(0, 10, 4)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(0, 1, 10 ** 20)), list(range(0, -1, -10 ** 20)))
for i in range(3):
    i = i * 100
    print(i, end=' ')
print()
r = range(1, 10, 2)
it = iter(r)
print(it.__length_hint__(), next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(range(1, 10, 2))
print(rv.__length_hint__(), list(rv), rv.__length_hint__())
# ranges around 2**63 switch iterator kinds but give the same numbers
edge = 2 ** 63
for r in [range(edge - 3, edge + 2), range(edge + 2, edge - 3, -2), range(-edge - 2, -edge + 2),
          range(edge - 1, edge), range(-edge, -edge + 1)]:
    print(type(iter(r)).__name__, list(r), list(reversed(r)) == list(r)[::-1], len(r))
print(type(iter(range(2 ** 62))).__name__, type(iter(range(-2 ** 63, 0))).__name__)
# the small-int boundary (2**62) doesn't change results
for r in [range(2 ** 62 - 2, 2 ** 62 + 2), range(-2 ** 62 - 2, -2 ** 62 + 2), range(2 ** 62 + 2, 2 ** 62 - 2, -1)]:
    print(list(r), sum(r) == sum(list(r)))
# many iterators over the same range are independent
r = range(3)
i1, i2 = iter(r), iter(r)
print(next(i1), next(i1), next(i2), list(i1), list(i2))
# nested loops over the same range object
print([(a, b) for a in r for b in r if a < b])
# zip of a range with its reverse
print(list(zip(range(4), reversed(range(4)))))
# sum and len over ranges, min/max on ranges without a key
print(sum(range(1, 101)), len(range(0, 100, 7)), min(range(5, 0, -1)), max(range(-3, 3)))
# range as the argument of list.extend, set, dict.fromkeys, tuple
x = []
x.extend(range(3))
print(x, set(range(2)), dict.fromkeys(range(2)), tuple(range(-2, 0)), bytes(range(65, 68)))
# a range iterator with a huge step
big = iter(range(0, 10 ** 30, 10 ** 29))
print([next(big) for _ in range(3)], len(list(big)))
