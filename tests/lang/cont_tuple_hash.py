# hash of tuples: equal tuples hash equal across int/float/bool items,
# nested tuples, unhashable members and the exact CPython values
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)))
print(hash((-1,)), hash((0,)), hash((None,)) == hash((None,)), hash(((),)))
print(hash(((1, 2), (3, 4))), hash((1, (2, (3, (4,))))))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)), hash((0, 0.0, False)) == hash((False, 0, -0.0)))
print(hash((2 ** 61 - 1,)) == hash((0,)), hash((2 ** 61,)) == hash((1,)), hash((-2 ** 61 + 1,)))
print(hash((1.5, -2.25)), hash((1e300,)), hash((float('inf'), float('-inf'))))
print(hash((1 + 0j,)) == hash((1,)), hash((2j,)), hash(('',)) == hash(('',)), hash((b'',)) == hash(('',)))
print(hash(frozenset()) == hash(frozenset()), hash((frozenset({1, 2}),)) == hash((frozenset({2, 1}),)))
show(lambda: hash(([],)))
show(lambda: hash((1, {})))
show(lambda: hash((1, (2, {3}))))
show(lambda: hash((slice(1),)))
show(lambda: {(1, []): 2})
show(lambda: (1, []) in {(1, 2): 0})
show(lambda: (1, []) in {(1, 2)})
print((1, [2]) in [(1, [2])], (1, [2]) == (1, [2]))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash((H(5),)) == hash((5,)), hash((H(-1),)) == hash((-2,)), hash((H(2 ** 64),)) == hash((hash(2 ** 64),)))
class BadH:
    def __hash__(self):
        return 'x'
show(lambda: hash((BadH(),)))
class Raises:
    def __hash__(self):
        raise RuntimeError('no hash')
show(lambda: hash((1, Raises())))
# tuples as dict keys: equal-hash equal-value tuples collapse
d = {(1, 2): 'a', (1.0, 2.0): 'b', (True, 2): 'c', (1, 2, 0): 'd'}
print(d)
print(d[(1, 2.0)], (1.0, 2) in d, len(d))
s = {(0,), (0.0,), (False,), (-0.0,), (0, 0)}
print(len(s))
# hash is stable and the same for equal tuples built differently
t1 = tuple(range(50))
t2 = tuple(list(range(50)))
print(hash(t1) == hash(t2), hash(t1) == hash(t1[:]), hash(t1[:49]) == hash(t2), t1 == t2)
