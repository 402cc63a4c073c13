# set edge cases: small-int iteration order, resizing, hash collisions,
# mutation in __eq__ during lookup, set comparisons with subclasses
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(set(range(10, -10, -1)))
print({100, 8, 16, 24, 32, 200, 1000, 7})
print({i * 1024 for i in range(6)}, set([2 ** 40, 3, 2 ** 40 + 3]))
s = set()
for i in range(50):
    s.add(i * 37 % 101)
print(s)
for i in range(40):
    s.discard(i * 37 % 101)
print(s)
s.add(-1); s.add(-2); print(s, -1 in s, -2 in s)
print({1.5, 2.5, 0.5}, {True, 2, False}, {None}, {(1, 2), (0,)} == {(0,), (1, 2)})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H%d' % self.v
hs = {H(i) for i in range(10)}
print(len(hs), H(3) in hs, H(11) in hs, sorted(hs, key=lambda h: h.v)[:3])
class Mut:
    def __hash__(self): return 1
    def __eq__(self, o):
        ms.clear()
        ms.update(range(20))
        return False
ms = {Mut()}
show(lambda: Mut() in ms)
print(len(ms))
ms = {Mut()}
def madd():
    ms.add(Mut())
    return len(ms)
show(madd)
class S(set): pass
class FS(frozenset): pass
print(S([1]) == {1}, FS([1]) == frozenset([1]), S([1]) | FS([2]), type(FS([1]) & {1}).__name__)
print(FS([1, 2]), repr(S()), repr(FS()), hash(FS([1])) == hash(frozenset([1])))
print({1, 2} <= frozenset({1, 2, 3}), frozenset({1}) < {1, 2}, {1}.issubset(range(3)))
print(set([1, 2, 3]).pop(), sorted({'b', 'a', 'c'}))
f = frozenset(range(5))
print(f.union([9]), f.difference(range(3)), f.copy() is f, f.intersection([4, 5]))
t = {1, 2, 3}
show(lambda: t.update(5))
show(lambda: t.intersection_update([1], 5))
show(lambda: t.difference_update(None))
print(t)
show(lambda: set.add(frozenset(), 1))
show(lambda: set.add([], 1))
it = iter({1, 2, 3}); next(it)
print(it.__length_hint__(), list(it))
x = {0, 1}
def stay():
    for i in x:
        x.discard(i)
        x.add(i + 2)
show(stay)
print(x)
print(max({3, 1, 2}), min(frozenset({-5, 3})), sum({1, 2, 3}), len(set('mississippi')))
