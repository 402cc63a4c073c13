# Weakref callbacks that do unusual things: create new weakrefs to live
# objects, drop another weakref of the same object (it still gets its
# call: the callbacks were taken before any ran), re-register themselves
# on another object, and a callback that is a
# bound method of the object that dies (the weakref holds the method, so
# the object cannot die first).
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
    def __init__(self, name):
        self.name = name
    def bye(self, wr):
        log.append('bye from ' + self.name)

log = []
survivor = C('survivor')
extra = []

def make_new_ref(wr):
    extra.append(weakref.ref(survivor, lambda w: log.append('never: survivor lives')))
    log.append('made a new ref')

def make1():
    o = C('one')
    return weakref.ref(o, make_new_ref)

w1 = make1()
collect()
print(log, len(extra), extra[0]() is survivor, weakref.getweakrefcount(survivor))
log.clear()

# a callback that drops the other weakref of the same object before it runs
holder = {}
def drop_other(wr):
    log.append('first')
    holder.pop('second', None)

def make2():
    o = C('two')
    holder['first'] = weakref.ref(o, drop_other)
    holder['second'] = weakref.ref(o, lambda wr: log.append('second'))

make2()
collect()
print(sorted(log))
log.clear()

# re-registering on a new object, a few times over
rounds = []
def again(wr):
    rounds.append(len(rounds))
    if len(rounds) < 3:
        o = C('round')
        keepers.append(weakref.ref(o, again))

keepers = []
def make3():
    o = C('start')
    keepers.append(weakref.ref(o, again))

make3()
for i in range(5):
    collect()
print('rounds', rounds)

# the bound method keeps its object: the weakref's callback keeps it alive
def make4():
    o = C('self-callback')
    return weakref.ref(o, o.bye)

w4 = make4()
collect()
print('kept alive by its own callback', w4() is not None and w4().name, log)
log.clear()
