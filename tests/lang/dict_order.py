# dict order (insertion order) through random inserts, deletes, pops,
# popitem, setdefault, update, copy and comprehension rebuilds
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(8):
    d = {}
    for step in range(300):
        op = rnd(7)
        k = rnd(40) - 10
        if op < 3:
            d[k] = step
        elif op == 3:
            d.pop(k, None)
        elif op == 4 and d:
            d.popitem()
        elif op == 5:
            d.setdefault(k, -step)
        else:
            d.update({k: step, k + 100: step})
    print(d)
    print(list(d.keys())[:5], list(d.values())[-5:], list(reversed(d.items()))[:3])
    c = d.copy()
    print(c == d, list(c) == list(d), dict(d) == d)
    for k in list(d)[::3]:
        del d[k]
    d.update(c)
    print(list(d))
    print({k: v for k, v in sorted(d.items())} == d, set(d) == set(c))
    s = {str(k): v for k, v in d.items()}
    for k in list(s)[1::2]:
        s.pop(k)
    s['new'] = 0
    print(list(s)[:8], len(s))
