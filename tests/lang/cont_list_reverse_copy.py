# list.reverse / copy / clear / reversed(): shallow copies, iterators
# over a list that changes, and reversed() state
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, [2], 3]
b = a.copy()
b[1].append('shared'); b.append(4)
print(a, b, a == b, b is a)
for n in range(6):
    c = list(range(n))
    c.reverse()
    print(c, end=' ')
print()
d = [1, 2]
print(d.reverse(), d)
show(lambda: d.reverse(1))
show(lambda: d.copy(1))
# reversed() over a list that grows or shrinks
e = [1, 2, 3, 4]
r = reversed(e)
print(next(r), end=' ')
e.append(5)
print(list(r))
f = [1, 2, 3, 4]
r = reversed(f)
print(next(r), end=' ')
del f[1:]
print(list(r))
g = [1, 2, 3]
r = reversed(g)
g.clear()
print(list(r), list(r))
h = [1, 2, 3]
r = reversed(h)
print(r.__length_hint__(), next(r), r.__length_hint__())
h.pop()
print(r.__length_hint__(), list(r), r.__length_hint__())
# forward iterator length hint and exhaustion
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
lst = [1]
it = iter(lst)
print(list(it))
lst.append(2)
print(list(it), 'stays exhausted')
# reversed() of a list subclass with its own __reversed__
class L(list):
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(L([1, 2]))))
class G(list):
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(G([1, 2]))), list(G([1, 2])))
# list iterators are not reversible, reversed objects are iterators
show(lambda: reversed(iter([1])))
rr = reversed([1, 2])
print(iter(rr) is rr, type(rr).__name__, type(iter([])).__name__)
# copy of a list that contains itself
s = [1]
s.append(s)
t = s.copy()
print(t[1] is s, t)
