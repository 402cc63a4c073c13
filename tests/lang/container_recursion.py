# recursion limits in container code: deep and self-referential structures
# in repr, ==, <, hash, in, sorting; every case ends in CPython's exception
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def nest(make, n):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x

for name, make in [('list', lambda x: [x]), ('tuple', lambda x: (x,)),
                   ('dict', lambda x: {'k': x}), ('set-in-list', lambda x: [x, frozenset()])]:
    deep = nest(make, 50000)
    other = nest(make, 50000)
    print(name)
    show(lambda: len(repr(deep)))
    show(lambda: len(str(deep)))
    show(lambda: deep == other)
    show(lambda: deep != other)
    show(lambda: deep in [other])
    show(lambda: [deep].count(other))

dl = nest(lambda x: [x], 50000)
show(lambda: dl < nest(lambda x: [x], 50000))
show(lambda: sorted([dl, nest(lambda x: [x], 50000)]) and 'sorted')
shallow = nest(lambda x: [x], 100)
print(len(repr(shallow)), shallow == nest(lambda x: [x], 100))

# self-referential: identity short-cuts keep these finite
a = [1]; a.append(a)
print(a == a, a in a, a.count(a), a.index(a))
b = [1]; b.append(b)
show(lambda: a == b)
d = {}; d['d'] = d
e = {}; e['d'] = e
show(lambda: d == e)
print(d == d)
t = [[]]; t[0].append(t)
print(t, repr(t))
s = [{}]; s[0]['s'] = s
print(s)
m = [1, 2]; m.append((m, {'m': m}))
print(m)
class R:
    def __init__(self): self.me = [self]
    def __repr__(self): return 'R(%r)' % self.me
show(lambda: repr(R()))
class Eq:
    def __eq__(self, other): return [self] == [other]
# which guard overflows first (and so the message's suffix) depends on how
# the interpreter counts C-level nesting: only the exception type is checked
def kind(f):
    try:
        f()
    except RecursionError as e:
        print('RecursionError')
kind(lambda: Eq() == Eq())
class Hash:
    def __hash__(self): return hash((self,))
kind(lambda: hash(Hash()))
kind(lambda: {Hash()})
class Lt:
    def __lt__(self, other): return [self] < [other]
show(lambda: sorted([Lt(), Lt()]))
print('done')
