# tuple: operators, methods, hashing, repr, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2)
print(t, (), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -3, 4))
show(lambda: t.index(9))
show(lambda: t.count())
print(t + (4,), t * 2, 2 * t, t * 0, t * -1, len(t), 3 in t)
show(lambda: t + [1])
show(lambda: t * 'a')
show(lambda: t[10])
show(lambda: t['a'])
def assign():
    t[0] = 1
show(assign)
def delete():
    del t[0]
show(delete)
print(t[1:3], t[::-1], t[-1], t[:], t[:] is t, t[5:])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1,) != (1.0,))
show(lambda: (1, 'a') < (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
show(lambda: hash((1, [2])))
show(lambda: {(1, {}): 2})
print(repr((1,)), repr(('a', None)), str(((),)))
a, b, *c = (1, 2, 3, 4, 5); print(a, b, c)
*a, b = 'xyz'; print(a, b)
a, (b, c), d = 1, (2, 3), 4; print(a, b, c, d)
def up1():
    a, b = (1, 2, 3)
show(up1)
def up2():
    a, b, c = (1, 2)
show(up2)
def up3():
    a, b, *c = (1,)
show(up3)
def up4():
    a, b = 5
show(up4)
def up5():
    x, y = {1: 2, 3: 4}
    return x, y
show(up5)
print([(x, y) for x, y in zip('ab', range(2))], (*range(3), *'ab'), [*(), *[1]])
print(tuple(x * x for x in range(4)), type(t).__name__, isinstance(t, tuple))
class T(tuple):
    pass
tt = T((1, 2)); print(tt, type(tt).__name__, type(tt + (3,)).__name__, tt == (1, 2), tt[:] is tt)
print(((1, 2), (3,)) == ((1, 2), (3,)), max((3, 1), (2, 9)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(t.__len__(), t.__getitem__(-1), t.__contains__(5), (1, 2).__add__((3,)))
print(tuple(reversed(t)), list(iter(t)), ()==(), bool(()), bool((0,)))
nan = float('nan'); print((nan,) == (nan,), (float('nan'),) == (float('nan'),))
show(lambda: tuple(1))
show(lambda: tuple([1], [2]))
print(divmod(7, 2), tuple({3: 4}), tuple({9}))
