# ranges at and beyond the int64 and small-int limits: which iterator type
# serves them (CPython's rule), their items forwards and reversed, and
# arithmetic on big bounds.
for r in [range(2**62, 2**62+3), range(2**63-3, 2**63-1), range(2**63-3, 2**63), range(-2**63, -2**63+2),
          range(-2**63+2, -2**63, -1), range(-2**63+2, -2**63-1, -1), range(0, 2**63-1, 2**62), range(0, 2**63, 2**62),
          range(10, 0, -2**63), range(0, 10, 2**63-1), range(5, -2**63, -2**62), range(2**63-1, 2**63-2, -1)]:
    it = iter(r); rv = reversed(r)
    print(r, type(it).__name__, type(rv).__name__, list(it), list(rv))
print(len(range(-2**62, 2**62-1)), type(iter(range(-2**62, 2**62-1))).__name__)
it = iter(range(-2**62, 2**62-1)); print(next(it), next(it), it.__length_hint__())
big = range(-10**30, 10**30, 7 * 10**28)
print(len(big), big[0], big[-1], big[5], big[::-7], big[3:-3:4])
print(10**29 * 7 - 10**30 in big, 10**29 * 7 - 10**30 + 1 in big, big.index(-2 * 10**28), big.count(-2 * 10**28))
print(hash(big) == hash((len(big), big.start, big.step)), big == range(-10**30, 10**30 - 1, 7 * 10**28))
print(list(reversed(big))[:3], sum(big))
r = range(10**20, 10**20 + 10, 3)
print(list(r), list(reversed(r)), r[::-1], list(r[::-1]))
