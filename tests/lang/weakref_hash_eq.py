# Hash and equality of weakrefs: while the referents live, weakrefs
# compare and hash as their referents; once one is dead, == is identity,
# and hash works only if it was computed while the referent lived.
import gc
import weakref

class _Scrub:
    pass

def collect():
    # Taipan scans the C stack conservatively: an object just dropped can
    # outlive a collection in a stale slot of the interpreter's C frame,
    # until an instruction of the same kind runs again. So a few common
    # ones run first (attribute and item stores, calls), and the collector
    # twice.
    s = _Scrub()
    s.x = [len(())]
    s.x[0] = s.x[0]
    gc.collect()
    gc.collect()

class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __hash__(self):
        return hash(('K', self.v))

a1, a2, b = K(1), K(1), K(2)
r1, r2, rb = weakref.ref(a1), weakref.ref(a2), weakref.ref(b)
print('equal referents', r1 == r2, r1 != r2, 'different', r1 == rb, r1 != rb)
print('hash is the referent\'s', hash(r1) == hash(a1), hash(r1) == hash(r2))
d = {r1: 'one', rb: 'two'}
print('dict lookup through an equal ref', d[r2], d[weakref.ref(b)])
print('not equal to the object itself', r1 == a1, r1 != a1)
try:
    r1 < r2
except TypeError as e:
    print('TypeError', e)

def made_dead(hash_first):
    o = K(5)
    w = weakref.ref(o)
    if hash_first:
        hash(w)
    return w

hashed, unhashed = made_dead(True), made_dead(False)
collect()
print('dead', hashed(), unhashed())
print('cached hash kept', hash(hashed) == hash(('K', 5)))
try:
    hash(unhashed)
except TypeError as e:
    print('TypeError', e)
print('dead == is identity', hashed == hashed, hashed == unhashed, hashed != unhashed)
print('dead vs live', hashed == r1, r1 == hashed)
s = {hashed}
print('dead ref still in its set', hashed in s)

# unhashable referents make unhashable weakrefs
class U:
    __hash__ = None
u = U()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print('TypeError', e)

# a proxy compares by its referent too
p = weakref.proxy(a1)
print('ref == proxy', r1 == p, p == a1, p == a2, p != b)
