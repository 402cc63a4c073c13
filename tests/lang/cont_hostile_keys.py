# objects whose __hash__/__eq__ raise, recurse or return odd values, used
# as dict keys and set members: every operation ends in a Python
# exception, and the container stays usable
def show(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = sorted(map(repr, r))
        print(r)
    except RecursionError:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)

class RecHash:
    def __hash__(self):
        return hash(self)
class RecEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self == other
    def __repr__(self):
        return 'RecEq'
show(lambda: {RecHash(): 1})
show(lambda: {RecHash()})
show(lambda: RecHash() in {1: 2})
show(lambda: RecHash() in [1])
e1, e2 = RecEq(), RecEq()
show(lambda: {e1: 1, e2: 2})
show(lambda: {e1, e2})
show(lambda: e2 in {e1})
show(lambda: e1 in {e1})
show(lambda: [e1].count(e2))
show(lambda: [e1].index(e1))
d = {e1: 'one'}
show(lambda: d[e1])
show(lambda: d[e2])
print(len(d), d)
class HashBig:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return 'HB'
for h in [2 ** 64, -2 ** 64, 2 ** 1000, -1, True, 0]:
    s = {HashBig(h)}
    print(h if abs(h) < 100 else 'big', len(s), hash(HashBig(h)) == hash(h))
class HashFloat:
    def __hash__(self):
        return 1.0
show(lambda: {HashFloat()})
show(lambda: hash(HashFloat()))
class HashStr:
    def __hash__(self):
        return '1'
show(lambda: {HashStr(): 1})
class EqRaises:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 0
    def __eq__(self, other):
        raise TypeError('cannot compare ' + self.name)
    def __repr__(self):
        return self.name
a, b = EqRaises('a'), EqRaises('b')
s = {a}
show(lambda: s.add(b))
show(lambda: b in s)
show(lambda: s.discard(b))
show(lambda: s.remove(b))
show(lambda: s | {b})
show(lambda: s == {b})
show(lambda: s.issubset({b}))
print(a in s, len(s))
s.add(a)
print(len(s))
dd = {a: 1}
show(lambda: dd.update({b: 2}))
show(lambda: dict.fromkeys([a, b]))
show(lambda: {a: 1, b: 2})
print(dd)
# a key whose hash changes after insertion can no longer be found by hash
class Mutable:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return 'Mut(%d)' % self.h
m = Mutable(1)
md = {m: 'v'}
m.h = 2
print(m in md, md.get(m), len(md), m in list(md))
m.h = 1
print(m in md)
