# sets mutated (add, discard, pop, ^=) under a live iterator: pop order,
# iteration order and the size-change error, over many random trials
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
for trial in range(300):
    s = {rnd(60) - 10 for _ in range(rnd(30))}
    it = iter(s)
    res = []
    try:
        for step in range(80):
            op = rnd(6)
            k = rnd(60) - 10
            if op == 0:
                s.add(k)
            elif op == 1:
                s.discard(k)
            elif op == 2 and s:
                res.append(s.pop())
            elif op == 3:
                res.append(next(it, 'END'))
            elif op == 4:
                s.discard(k); s.add(k * 1000)
            else:
                s ^= {k, k + 1}
    except RuntimeError as e:
        res.append(str(e))
    print(res, s)
