# Weakref callbacks: called with the weakref once the referent is freed,
# newest first among one object's weakrefs (CPython's list order), not at
# all when the weakref itself died first or with its referent; a callback
# may create new objects and weakrefs, and sees the weakref already dead.
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

log = []

class C:
    def __init__(self, name):
        self.name = name

def cb_named(tag):
    def cb(wr):
        log.append((tag, wr() is None))
    return cb

def one_object_many_callbacks():
    o = C('a')
    refs = [weakref.ref(o, cb_named(i)) for i in range(4)]
    basic = weakref.ref(o)
    return refs, basic

refs, basic = one_object_many_callbacks()
collect()
print(log)
print('basic dead', basic(), 'callbacks cleared', [r.__callback__ for r in refs])
log.clear()

# Several objects: the order across objects is not fixed, so sort.
def several():
    objs = [C(i) for i in range(5)]
    return [weakref.ref(o, cb_named(o.name)) for o in objs]

rs = several()
collect()
print(sorted(log))
log.clear()

# A weakref that is itself garbage calls nothing (in a cycle, so that
# CPython's reference counting leaves it to its collector too).
def ref_dies_too():
    o = C('x')
    o.me = o
    o.self_ref = weakref.ref(o, cb_named('never'))
    str(0)   # the last C call's result lingers in a C stack slot (see collect)
    return None

ref_dies_too()
collect()
print('no call for a dead weakref', log)

def ref_dropped_first():
    o = C('y')
    keep = [o]
    w = weakref.ref(o, cb_named('dropped'))
    return keep

keep = ref_dropped_first()   # the weakref is garbage, the object lives
collect()
keep.clear()
collect()
print('weakref freed before its referent', log)

# The callback receives the very weakref object, already dead.
seen = []
def remember(wr):
    seen.append(wr)

def make_one():
    o = C('z')
    return weakref.ref(o, remember)

w = make_one()
collect()
print('got its weakref', len(seen) == 1 and seen[0] is w, w())

# A callback may allocate, make weakrefs, even collect.
made = []
def busy(wr):
    k = C('new')
    made.append(k)
    made.append(weakref.ref(k))
    collect()

def make_busy():
    return weakref.ref(C('b'), busy)

wb = make_busy()
collect()
print('callback made', len(made), made[1]() is made[0])

# A callback calls only once, even if the weakref is kept and the
# collector runs again.
count = [0]
def counting(wr):
    count[0] += 1

def make_counting():
    return weakref.ref(C('c'), counting)

wc = make_counting()
for i in range(3):
    collect()
print('called', count[0], 'time')

# Lambdas and bound methods as callbacks.
class Tracker:
    def __init__(self):
        self.dead = 0
    def note(self, wr):
        self.dead += 1

t = Tracker()
def make_tracked(n):
    return [weakref.ref(C(i), t.note) for i in range(n)]

tracked = make_tracked(10)
collect()
print('tracker saw', t.dead)
got = []
def make_lambda():
    return weakref.ref(C('l'), lambda wr: got.append('lambda'))
wl = make_lambda()
collect()
print(got)
