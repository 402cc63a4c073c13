# weakref.ref: calling it gives the referent while it lives and None once
# the collector has freed it; the basic ref (no callback) is shared; the
# counts and lists of weakrefs; __weakref__ on instances. Garbage is made
# inside helper functions so that no frame keeps it, and gc.collect()
# runs before each observation (Taipan frees at collection, not at once).
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

class C:
    pass

def make(cls=C, cb=None):
    """A weakref (and a second one sharing the referent) to a new object
    nothing else keeps."""
    o = cls()
    return weakref.ref(o, cb) if cb else weakref.ref(o)

r = make()
collect()
print('dead ref gives', r())
print(repr(r().__class__) if r() is not None else 'no referent')

keep = C()
r1 = weakref.ref(keep)
r2 = weakref.ref(keep)
print('alive', r1() is keep, 'shared basic ref', r1 is r2)
print('count', weakref.getweakrefcount(keep), 'list', weakref.getweakrefs(keep) == [r1])
print('__weakref__ is the first ref', keep.__weakref__ is r1)
print('fresh object __weakref__', C().__weakref__)
r3 = weakref.ref(keep, print)
print('with callback is new', r3 is not r1, weakref.getweakrefcount(keep))
print('__callback__', r1.__callback__, r3.__callback__ is print)
print('ref(x, None) shares too', weakref.ref(keep, None) is r1)
del r3
collect()
print('count after dropping one', weakref.getweakrefcount(keep))
print('getweakrefcount(1)', weakref.getweakrefcount(1), weakref.getweakrefs(1))

# many weakrefs to many objects, half of them kept
kept = [C() for i in range(200)]

def make_many():
    return [weakref.ref(C()) for i in range(200)] + [weakref.ref(k) for k in kept]

refs = make_many()
collect()
print('dead', sum(1 for w in refs if w() is None), 'alive', sum(1 for w in refs if w() is not None))
print('kept ones right', all(refs[200 + i]() is kept[i] for i in range(200)))

# a weakref dies with its referent's last strong reference
def drop_later():
    obj = C()
    w = weakref.ref(obj)
    holder = [obj]
    return w, holder

w, holder = drop_later()
collect()
print('held through a list', w() is holder[0])
holder.clear()
collect()
print('list cleared', w())

# the referent of a dead weakref never comes back
print('still dead', w(), r())
print(type(r).__name__, type(r) is weakref.ref, weakref.ref is weakref.ReferenceType)
print(bool(r), bool(r1))
