# sort on data shapes that exercise different merge paths: sorted,
# reversed, runs, sawtooth, many duplicates, random-ish; checked against
# a simple insertion sort, and stability checked with a tag
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

def reference(xs, less):
    out = []
    for x in xs:
        i = len(out)
        while i > 0 and less(x[0], out[i - 1][0]):
            i -= 1
        out.insert(i, x)
    return out

def check(name, data):
    tagged = [(v, i) for i, v in enumerate(data)]
    want = reference(tagged, lambda x, y: x < y)
    got = sorted(tagged, key=lambda p: p[0])
    rev = sorted(tagged, key=lambda p: p[0], reverse=True)
    want_rev = reference(tagged, lambda x, y: y < x)
    plain = list(data)
    plain.sort()
    print(name, len(data), got == want, rev == want_rev, plain == [p[0] for p in want], plain[:3], plain[-3:])

r = lcg(42)
n = 300
check('sorted', list(range(n)))
check('reversed', list(range(n, 0, -1)))
check('equal', [7] * n)
check('two-values', [next(r) % 2 for _ in range(n)])
check('few-values', [next(r) % 5 for _ in range(n)])
check('random', [next(r) % 1000 for _ in range(n)])
check('sawtooth', [i % 17 for i in range(n)])
check('organ-pipe', list(range(n // 2)) + list(range(n // 2, 0, -1)))
check('sorted+tail', list(range(n - 10)) + [next(r) % n for _ in range(10)])
check('head+sorted', [next(r) % n for _ in range(10)] + list(range(n - 10)))
check('runs', [j for i in range(10) for j in range(i * 3, i * 3 + 30)])
check('desc-runs', [j for i in range(10) for j in range(i * 30 + 29, i * 30 - 1, -1)])
check('swapped', [i ^ 1 for i in range(n)])
check('floats', [(next(r) % 1000) / 7 for _ in range(n)])
check('mixed-num', [(next(r) % 50) if i % 3 else (next(r) % 50) + 0.5 for i in range(n)])
check('bigints', [(next(r) % 100) * 2 ** 70 - 2 ** 75 for _ in range(n)])
check('strings', [str(next(r) % 500) for _ in range(n)])
check('tuples', [(next(r) % 4, next(r) % 4) for _ in range(n)])
# a long list stays correct and sorting is idempotent
big = [next(r) % 100000 for _ in range(20000)]
s1 = sorted(big)
print(all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)), sorted(s1) == s1, s1[:5], s1[-5:])
big.sort(reverse=True)
print(big == s1[::-1], big[:3])
