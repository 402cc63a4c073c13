# set iteration order (which CPython's printing shows) after every kind of
# operation on int sets of varied sizes and collisions
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rset(size, span):
    s = set()
    for _ in range(size):
        s.add(rnd(span) - span // 4)
    return s
for trial in range(12):
    a = rset(rnd(40), 200)
    b = rset(rnd(40), 200)
    big = rset(rnd(300), 100000)
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(b, big) == a | b | big, a & big, big - a == big.difference(a), a.symmetric_difference(big) == a ^ big)
    c = set(a); c |= b; print(c)
    c = set(a); c &= b; print(c)
    c = set(a); c -= b; print(c)
    c = set(a); c ^= b; print(c)
    c = set(a); c.update(list(b)); print(c)
    c = set(a); c.intersection_update(list(b)); print(c)
    c = set(a); c.difference_update(list(b)); print(c)
    c = set(a); c.symmetric_difference_update(list(b)); print(c)
    print(frozenset(a) | b, a - frozenset(b), a.copy(), set(sorted(a, reverse=True)))
    print(set(list(a) + list(b)), {x * 3 for x in a}, set(big - set(range(-30000, 90000))))
    d = set(a)
    for x in list(d)[::2]:
        d.discard(x)
    d.update(range(5))
    print(d)
    print(big.pop() if big else None, a.pop() if a else None, a)
