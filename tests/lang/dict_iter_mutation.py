# dicts, sets and lists mutated while iterated: popitem/insert cycles,
# delete-all-then-refill under a live iterator, re-initialisation
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def f1():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]; d[k + 10] = 1
show(f1)
def f2():
    d = {1: 1, 2: 2, 3: 3}
    for k in reversed(d):
        d.pop(1)
show(f2)
def f3():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d[k] = v + 1
    return d
show(f3)
def f4():
    d = {1: 1, 2: 2}
    it = iter(d.values())
    next(it)
    d.clear()
    return list(it)
show(f4)
def f5():
    d = {1: 1}
    d |= d
    d.update(d)
    return d
show(f5)
def f6():
    s = {1, 2}
    for x in s:
        s.remove(x); s.add(x + 100)
    return sorted(s)
show(f6)
def f7():
    d = dict.fromkeys(range(10))
    it = iter(d)
    for i in range(3):
        next(it)
    for i in range(10):
        del d[i]
    d.update(dict.fromkeys(range(10)))
    return list(it)
show(f7)
def f8():
    d = {}
    it = iter(d)
    d[1] = 2
    return next(it)
show(f8)
def f9():
    l = [1, 2, 3]
    it = iter(l)
    l.clear()
    l.extend([7, 8])
    return list(it), it.__length_hint__()
show(f9)
def f10():
    d = {1: 2}
    it = iter(d.items())
    print(it.__length_hint__())
    d[3] = 4
    return it.__length_hint__()
show(f10)
def f11():
    s = {1, 2, 3}
    it = iter(s)
    s.clear()
    return list(it)
show(f11)
def f12():
    d = {i: i for i in range(5)}
    for k in d.keys():
        d.popitem(); d[k + 100] = 1
show(f12)

d = {}
for i in range(1000):
    d[i] = 1
    d.popitem()
print(d)
d = {i: i for i in range(6)}
for i in range(1000):
    d[i * 7 + 100] = i
    d.popitem()
print(d)
