# In one collection of cyclic garbage (CPython's collector and Taipan's
# agree here): every weakref to the garbage is cleared and its callback
# runs first, then every __del__, each seeing the weakrefs already dead
# and all the garbage still intact; weakref.finalize counts as a callback.
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

events = []
refs = {}

class Member:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        events.append(('del', self.name, refs[self.name](), self.peer.name))

def cycle():
    a, b = Member('a'), Member('b')
    a.peer, b.peer = b, a
    for m in (a, b):
        refs[m.name] = weakref.ref(m, lambda wr, n=m.name: events.append(('callback', n)))
    weakref.finalize(a, events.append, ('finalize', 'a'))

cycle()
collect()
callbacks = [e for e in events[:3]]
dels = events[3:]
print('callbacks first:', sorted(callbacks, key=repr))
print('then __del__:', sorted(dels))
