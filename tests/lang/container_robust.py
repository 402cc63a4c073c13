# containers under hostile keys and values: raising __hash__/__eq__/__repr__,
# mutation during lookup, self-containing and very deep containers
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class BadHash:
    def __hash__(self):
        raise ValueError('bad hash')
show(lambda: {BadHash(): 1})
show(lambda: {BadHash()})
show(lambda: BadHash() in {1: 2})
show(lambda: BadHash() in {1})
show(lambda: {1: 2}.get(BadHash()))
show(lambda: set([1]).add(BadHash()))
show(lambda: frozenset([BadHash()]))
show(lambda: dict.fromkeys([BadHash()]))
show(lambda: hash((1, BadHash())))

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise KeyError('bad eq')
d = {BadEq(): 1}
show(lambda: d[BadEq()])
show(lambda: BadEq() in d)
show(lambda: BadEq() in {BadEq()})
show(lambda: [BadEq()].index(0))
show(lambda: 1 in [BadEq()])
show(lambda: [BadEq()] == [BadEq()])
show(lambda: (BadEq(),) == (BadEq(),))
show(lambda: [BadEq()].count(1))
show(lambda: [BadEq()].remove(1))
x = BadEq()
print([x] == [x], x in [x], (x,) == (x,), [x].count(x), d[next(iter(d))])

class BadRepr:
    def __repr__(self):
        raise TypeError('bad repr')
show(lambda: repr([BadRepr()]))
show(lambda: str({1: BadRepr()}))
show(lambda: repr({BadRepr()}))
show(lambda: repr((1, BadRepr())))
class Recur:
    def __repr__(self):
        return repr(self)
show(lambda: repr([Recur()]))
class NotStr:
    def __repr__(self):
        return 5
show(lambda: repr([NotStr()]))

# a dict mutated inside a key's __eq__ during lookup
class Mut:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False
dd = {}
dd[Mut(dd)] = 1
show(lambda: dd.get(Mut(dd)))
print(len(dd))
dd = {}
dd[Mut(dd)] = 1
def store():
    dd[Mut(dd)] = 2
    return len(dd)
show(store)
ss = set()
ss.add(Mut(ss))
show(lambda: Mut(ss) in ss)
print(len(ss))
ss = set()
ss.add(Mut(ss))
def sadd():
    ss.add(Mut(ss))
    return len(ss)
show(sadd)

class Grow:
    def __init__(self, target, n):
        self.target, self.n = target, n
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100):
            self.target[('g', self.n, i)] = i
        return False
gd = {}
gd[Grow(gd, 0)] = 0
show(lambda: Grow(gd, 1) in gd)
print(len(gd) > 1)

# self-containing containers
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l))
dl = {'k': 1}
dl['me'] = dl
print(dl)
t = ([],)
t[0].append(t)
print(t)
a = []; b = [a]; a.append(b)
print(a, b)
print(l == l, l[2] is l)
s = set(); fl = [s]
print(fl)
class Holder:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return 'H%r' % self.items
h = Holder(); h.items.append(h)
show(lambda: repr(h))

# deep nesting built in a loop
deep = []
for i in range(100000):
    deep = [deep]
show(lambda: len(repr(deep)))
show(lambda: len(str(deep)))
deep2 = []
for i in range(100000):
    deep2 = [deep2]
show(lambda: deep == deep2)
show(lambda: deep < deep2)
dt = ()
for i in range(100000):
    dt = (dt,)
show(lambda: len(repr(dt)))

dd = {}
for i in range(100000):
    dd = {1: dd}
show(lambda: len(repr(dd)))
shallow = [[[[1]]]]
print(shallow == [[[[1]]]], repr(shallow))
print('still alive')
