# Many weakrefs to many objects, dying in waves: the table of weakrefs
# grows, forgets the dead and is rebuilt, and every weakref keeps
# answering right; callbacks run once each.
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

class Obj:
    __slots__ = ('n', '__weakref__')
    def __init__(self, n):
        self.n = n

dead = [0]
def on_dead(wr):
    dead[0] += 1

def wave(keep, n):
    objs = [Obj(i) for i in range(n)]
    refs = [weakref.ref(o) for o in objs]
    cbrefs = [weakref.ref(o, on_dead) for o in objs[::2]]
    for o in objs[::3]:
        keep.append(o)
    return refs, cbrefs

keep = []
all_refs = []
for w in range(6):
    refs, cbrefs = wave(keep, 600)
    all_refs.append((refs, cbrefs))
    collect()
alive = sum(1 for refs, _ in all_refs for r in refs if r() is not None)
print('alive', alive, 'kept', len(keep), 'callbacks', dead[0])
ok = all(r() is None or r().n == i for refs, _ in all_refs for i, r in enumerate(refs))
print('referents right', ok)
print('counts', sorted(set(weakref.getweakrefcount(o) for o in keep)))
del keep[::2]
collect()
alive = sum(1 for refs, _ in all_refs for r in refs if r() is not None)
print('alive after dropping half', alive, 'callbacks', dead[0])
keep.clear()
collect()
print('all dead', all(r() is None for refs, _ in all_refs for r in refs), 'callbacks', dead[0])
# weakrefs dropped before their referents: nothing left behind
objs = [Obj(i) for i in range(1000)]
def drop_refs():
    for o in objs:
        weakref.ref(o, on_dead)
drop_refs()
collect()
print('counts after dropping the weakrefs', set(weakref.getweakrefcount(o) for o in objs))
objs.clear()
collect()
print('no more callbacks', dead[0])
