# dicts mutated (insert, pop, popitem, setdefault) under a live iterator:
# what it yields, when it fails, and the final order, over random trials
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
out = []
for trial in range(300):
    d = {rnd(30): 0 for _ in range(rnd(20))}
    it = iter(d.items()) if rnd(2) else iter(d)
    res = []
    try:
        for step in range(60):
            op = rnd(6)
            k = rnd(30)
            if op == 0:
                d[k] = step
            elif op == 1:
                d.pop(k, None)
            elif op == 2 and d:
                d.popitem()
            elif op == 3:
                res.append(next(it, 'END'))
            elif op == 4:
                d.pop(k, None); d[k + 30] = 1
            else:
                d.setdefault(k, 5)
    except RuntimeError as e:
        res.append(str(e))
    out.append((res, list(d.items())))
for o in out:
    print(o)
