# list: every method and operator, with CPython's error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); print(a)
a.extend((5, 6)); print(a)
a.extend(x for x in range(2)); print(a)
a.insert(0, 'z'); a.insert(-1, 'y'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop('x'))
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(2), a.count(9))
show(lambda: a.index(9))
show(lambda: a.index(2, 4))
a.remove(2); print(a)
show(lambda: a.remove(42))
a.reverse(); print(a)
b = a.copy(); b.append(0); print(a, b)
a.clear(); print(a)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].extend(5))
show(lambda: [].insert(1))
show(lambda: [].insert('a', 1))
# operators
print([1, 2] + [3], [1] * 3, 3 * [0], [1] * 0, [1] * -2)
show(lambda: [1] + (2,))
show(lambda: [1] + 'a')
show(lambda: [1] * 'a')
show(lambda: [1] * 2.0)
c = [1]; c += (2, 3); c += 'ab'; print(c)
c *= 2; print(c)
c *= 0; print(c)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
show(lambda: [1] < ['a'])
show(lambda: [1] < 3)
print(2 in [1, 2], 5 not in [1, 2], len([1, 2, 3]))
d = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(d[2:5], d[::-1], d[::3], d[-3:], d[:-7], d[100:], d[5:2], d[-100:2], d[1:8:-1], d[8:1:-2])
show(lambda: d[10])
show(lambda: d[-11])
show(lambda: d['a'])
show(lambda: d[1.0])
show(lambda: d[::0])
print(d[-1], d[True])
e = list(range(10))
e[2:5] = ['a']; print(e)
e[::2] = 'VWXYZ'[:len(e[::2])]; print(e)
def sa():
    e[::2] = [1, 2]
show(sa)
e[1:1] = range(3); print(e)
e[:] = []; print(e)
e = list(range(10))
del e[::3]; print(e)
del e[1:3]; print(e)
del e[-1]; print(e)
def de():
    del e[50]
show(de)
def se():
    e[50] = 1
show(se)
e[0] = 'first'; print(e)
e[-1] = 'last'; print(e)
f = [1, 2, 3]
f[1:2] = f; print(f)
f = [1, 2, 3]
f[::-1] = f; print(f)
print(list(), list('abc'), list((1, 2)), list({1: 2}), list(range(3)))
show(lambda: list(1))
show(lambda: list([1], [2]))
print(repr([]), str([1, 'a', None, 2.5, (1,)]))
print(bool([]), bool([0]))
show(lambda: hash([]))
show(lambda: {[]: 1})
print(list.__name__, type([]) is list, isinstance([], list))
g = [5, 3]; print(g.__len__(), g.__getitem__(0), g.__contains__(3))
print(reversed([1, 2, 3]).__class__.__name__, list(reversed([1, 2, 3])))
print([1, 2, 3].__iter__().__class__.__name__)
h = [1, 2, 3]
it = iter(h); next(it); h.append(4); print(list(it))
class L(list):
    pass
l = L([1, 2]); l.append(3); print(l, type(l).__name__, l + [1], type(l + [1]).__name__)
print([1, 2, 3] == L([1, 2, 3]))
print(sum([[1], [2]], []))
x = [0] * 3; x[1] = [x]; print(len(x))
show(lambda: [].index())
show(lambda: [1, 2].index(1, 'a'))
print([1, 2, 3, 4].index(3, -3, 100))
print([nan := float('nan')] == [nan], [float('nan')] == [float('nan')])
