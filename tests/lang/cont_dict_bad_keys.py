# keys with hostile __hash__/__eq__: raising, returning non-ints,
# unhashable messages for every method; the dict stays usable
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
for bad in ([], {}, set(), bytearray(), slice(1)):
    show(lambda: d[bad])
show(lambda: d.__setitem__([], 1))
show(lambda: d.setdefault([], 1))
show(lambda: d.pop({}))
show(lambda: d.get(set()))
show(lambda: [] in d)
show(lambda: d.__delitem__([]))
show(lambda: {[]: 1})
show(lambda: {1: 2, []: 3})
show(lambda: dict([([], 1)]))
show(lambda: dict.fromkeys([{}]))
show(lambda: {**{1: 2}, **{(1, []): 3}})
show(lambda: d.update({1: 2}, **{}) or d)
show(lambda: {x: 1 for x in [[1]]})
print(d)
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h
    def __repr__(self):
        return 'H(%r)' % (self.h,)
show(lambda: {H('str'): 1})
show(lambda: {H(1.5): 1})
show(lambda: {H(None): 1})
show(lambda: {H(2 ** 100): 'big'})
show(lambda: {H(True): 'bool'})
class IntSub(int):
    pass
show(lambda: {H(IntSub(7)): 'sub'})
print(hash(H(2 ** 100)) == hash(2 ** 100), hash(H(-1)), hash(H(True)))
class BadEq:
    def __hash__(self):
        return 42
    def __eq__(self, other):
        raise ValueError('eq exploded')
e = {BadEq(): 1}
show(lambda: e[BadEq()])
show(lambda: e.get(BadEq()))
show(lambda: BadEq() in e)
show(lambda: e.pop(BadEq()))
show(lambda: e.setdefault(BadEq(), 2))
show(lambda: e.__setitem__(BadEq(), 2))
k = next(iter(e))
print(e[k], k in e, len(e))
show(lambda: e.__setitem__(42, 'x'))
print(len(e))
class Counting:
    eqs = 0
    def __hash__(self):
        return 1
    def __eq__(self, other):
        Counting.eqs += 1
        return NotImplemented
    def __repr__(self):
        return 'Counting()'
m = {Counting(): 1, Counting(): 2}
print(len(m), Counting.eqs > 0)
show(lambda: m[Counting()])
class HashRaises:
    def __hash__(self):
        raise AttributeError('no hash attr')
show(lambda: {HashRaises(): 1})
show(lambda: HashRaises() in {})
show(lambda: {}.get(HashRaises(), 'dflt'))
show(lambda: {}.pop(HashRaises(), 'dflt'))
class HashNone:
    __hash__ = None
show(lambda: {HashNone(): 1})
class EqOnly:
    def __eq__(self, other):
        return True
show(lambda: {EqOnly(): 1})
print(EqOnly.__hash__)
