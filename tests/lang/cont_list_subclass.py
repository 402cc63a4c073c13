# list subclasses: which operations go through overridden methods and
# which use the list's storage directly; result types of operations
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class L(list):
    def __getitem__(self, i):
        return 'get'
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(['iter'])
    def __contains__(self, x):
        return x == 'magic'
l = L([3, 1, 2])
print(l[0], len(l), list(l), 'magic' in l, 3 in l, [*l], sorted(l))
print(list.__len__(l), list.__getitem__(l, 0), l.index(1), l.count(3), l.copy(), l[:] if False else 'skip')
l.sort()
print(list.__repr__(l), repr(l), str(l), l == [1, 2, 3], max(l), sum(list.__iter__(l)))
print(type(l + [4]).__name__, type(l * 2).__name__, type(l.copy()).__name__, type(list(l)).__name__)
class Plain(list):
    pass
p = Plain([1, 2])
p2 = p
p += [3]
print(type(p).__name__, p is p2, p)
p *= 2
print(type(p).__name__, p is p2, p)
print(type(p[:1]).__name__, type(p + p).__name__, type(p * 1).__name__, type(reversed(p)).__name__)
# overriding append doesn't change extend / += / insert
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
g = Logged()
g.append(1)
g.extend([2])
g += [3]
g.insert(0, 0)
g[0] = 'z'
g[1:2] = ['slice']
print(g)
# __eq__ / __hash__ in subclasses
class EqAll(list):
    def __eq__(self, other):
        return True
print(EqAll([1]) == [2], [2] == EqAll([1]), EqAll() != [], [EqAll()].count([9]))
show(lambda: hash(Plain()))
class Hashable(list):
    def __hash__(self):
        return 42
print(hash(Hashable([1])), {Hashable([1]): 'ok'}[Hashable([1])])
# a subclass with __slots__ and one with extra attributes
class Slotted(list):
    __slots__ = ('tag',)
s = Slotted([1])
s.tag = 't'
print(s, s.tag)
show(lambda: setattr(s, 'other', 1))
class Attr(list):
    pass
a = Attr([5])
a.note = 'n'
print(a, a.note, a.__dict__)
# isinstance / type checks and constructors
print(isinstance(l, list), type(l) is list, issubclass(L, list), L.__mro__[1].__name__)
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(3), Init(0))
show(lambda: Init())
# sort of a subclass with a custom __lt__ on elements still works in place
class Desc(list):
    def sort(self, **kw):
        super().sort(reverse=True, **kw)
d = Desc([1, 3, 2])
d.sort()
print(d, sorted(d))
