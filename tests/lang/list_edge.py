# list edge cases: self-extension, huge repeats, __index__ keys, re-init,
# comparisons that mutate, subclass hooks, unhashable classes
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]; a.extend(a); print(a)
a += a; print(a)
a[len(a):] = a; print(len(a))
b = [1, 2, 3]; b[1:] = b; print(b)
c = [1, 2, 3]; c[:] = c; print(c)
show(lambda: [0] * (2 ** 62))
show(lambda: [0] * (10 ** 20))
show(lambda: (0,) * (2 ** 62))
show(lambda: [1, 2] * (2 ** 61))
show(lambda: [][10 ** 20])
show(lambda: [1][-10 ** 20])
print([1, 2, 3][10 ** 20:], [1, 2, 3][-10 ** 20:1])
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], (10, 20)[I(-1)], [1, 2, 3][I(0):I(2)])
d = [1, 2, 3]; d[I(0)] = 'x'; del d[I(1)]; print(d)
e = [1, 2, 3]; e.__init__([9]); print(e)
e.__init__(); print(e)
class Unh:
    __hash__ = None
show(lambda: hash(Unh()))
show(lambda: {Unh(): 1})
show(lambda: Unh() in {1})
class Eq:
    def __eq__(self, o):
        lst.clear()
        return False
lst = [Eq(), Eq(), Eq()]
show(lambda: lst.count(0))
lst = [Eq(), Eq(), Eq()]
show(lambda: 0 in lst)
lst = [Eq(), Eq(), Eq()]
show(lambda: lst.index(0))
lst = [Eq(), Eq(), Eq()]
show(lambda: lst.remove(0))
lst = [Eq(), Eq(), Eq()]
show(lambda: lst == [0, 0, 0])
lst = [Eq(), Eq(), Eq()]
show(lambda: lst < [0, 0, 0])
class Pop:
    def __eq__(self, o):
        other.pop()
        return True
other = [Pop(), Pop(), Pop()]
show(lambda: other == [1, 2, 3])
print(len(other))
class Rev(list):
    def __repr__(self):
        return 'Rev' + list.__repr__(self)
print(Rev([1, 2]), [Rev([3])], str(Rev()))
class Len(list):
    def __len__(self):
        return 99
print(len(Len([1])), list(Len([1, 2])), Len([1]) == [1])
f = [3, 1, 2]
print(f.sort(), f, sorted(f) is f, list(reversed(f)))
g = []
for i in range(5):
    g.insert(0, i)
print(g, g[::-2], g[3:0:-1])
h = list(range(20))
del h[::-3]; print(h)
del h[100:]; print(h)
h[2:8:2] = [0, 0, 0]; print(h)
def badlen():
    h[::2] = []
show(badlen)
def notiter():
    h[1:2] = 5
show(notiter)
print([[]] * 3, [[1] * 2] * 2)
x = [[]] * 3; x[0].append(1); print(x)
print(list(map(len, [[1], [], [1, 2]])), [i for i in reversed(range(3))])
z = [5, 6, 7]
it = reversed(z); z.pop(); print(list(it))
it2 = iter(z); z.clear(); print(list(it2))
print([1, 2].__mul__(2), [1].__rmul__(3), [1].__add__([2]), [3].__iadd__([4]))
print([1, 2].__lt__(5), [].__eq__(()), [] == ())
show(lambda: [1].__add__(5))
print([1, 2, 3].__reversed__().__length_hint__())
