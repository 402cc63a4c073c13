# tuple operations and their errors: item assignment, index messages,
# concatenation and repetition with other types, membership, singletons
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 'two', 3.0, [4], (5,))
print(len(t), t[1], t[-1], t[1:3], t[::2], t[::-1], t[10:], t[-10:2])
show(lambda: t[5])
show(lambda: t[-6])
show(lambda: t['a'])
show(lambda: t[1.0])
def setitem():
    t[0] = 9
show(setitem)
def delitem():
    del t[0]
show(delitem)
def setslice():
    t[0:1] = (9,)
show(setslice)
t[3].append('mutable inside')
print(t)
print(t + (6,), (0,) + t[:1], t * 2 == t + t, t * 0, () * 3, (t,) * 2 == ((t,) + (t,)))
show(lambda: t + [6])
show(lambda: t + 6)
show(lambda: t + 'ab')
show(lambda: t * 2.0)
show(lambda: t * (1,))
show(lambda: t - t)
show(lambda: -t)
print(1 in t, 'two' in t, 4 in t, [4, 'mutable inside'] in t, (5,) in t, 5 in t)
print(() == (), tuple() == (), tuple([]) == (), (1,) == (1), (1,) != 1)
print(tuple('ab'), tuple(range(3)), tuple({'k': 1}), tuple(x for x in 'y'), tuple([1, [2]]))
show(lambda: tuple(1))
show(lambda: t.append(1))
show(lambda: t.sort())
show(lambda: t.remove(1))
show(lambda: t.__hash__() == hash(t))
print(hash((1, 'two', 3.0)) == hash((1, 'two', 3.0)), (1, 2) < (1, 2, 3), max((1, 2), (1, 3)))
# nested tuple unpack and swap
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
# tuple of tuples sort and comparisons with mixed element types
data = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(data), sorted(data, reverse=True), min(data), max(data))
show(lambda: sorted([(1, 'a'), (1, 2)]))
# tuple count/index use == (and identity)
nan = float('nan')
tt = (nan, 1, 1.0, True)
print(tt.count(nan), tt.count(1), tt.index(True), tt.index(nan))
show(lambda: tt.index(float('nan')))
# very long tuples
big = tuple(range(10000))
print(len(big), big[-1], big[5000:5003], big.index(9999), big.count(5), sum(big))
