# PEP 442 resurrection: a __del__ that stores its object somewhere keeps
# it alive, intact; its __del__ is never called again, even when it dies a
# second time; weakrefs made before the first death stay dead. The
# objects are in reference cycles, so that CPython frees them with its
# collector too (its reference counting runs __del__ before clearing
# weakrefs; a collection clears them first, as Taipan always does).
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

saved = []
calls = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.payload = list(range(5))
    def __del__(self):
        calls.append(self.name)
        saved.append(self)

def make(name):
    p = Phoenix(name)
    p.me = p
    return weakref.ref(p)

w = make('first')
collect()
print(calls, len(saved), saved[0].name, saved[0].payload)
print('weakref stays dead', w())
print('finalized flag', gc.is_finalized(saved[0]))

# it dies again: no second __del__
saved.clear()
collect()
collect()
print('calls after second death', calls)

# resurrected objects work as before, and new weakrefs to them work
def make2():
    p = Phoenix('second')
    return None

make2()
collect()
p = saved.pop()
print(p.name, gc.is_finalized(p), calls)
w2 = weakref.ref(p)
p.payload.append(99)
print(w2() is p, p.payload)
del p
collect()
print('dead at last', w2(), calls)

# resurrecting a whole cycle: its members keep each other
class Pair:
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        calls.append('pair ' + self.name)
        if self.name == 'x':
            saved.append(self)

def pair():
    x, y = Pair('x'), Pair('y')
    x.partner, y.partner = y, x

pair()
collect()
x = saved.pop()
print(sorted(calls[-2:]), x.partner.name, x.partner.partner is x)
print('both finalized', gc.is_finalized(x), gc.is_finalized(x.partner))
del x
collect()
print(len(calls))

# an object resurrected by another's __del__
class Saver:
    def __init__(self, victim):
        self.victim = victim
    def __del__(self):
        saved.append(self.victim)

class Victim:
    def __init__(self):
        self.alive = 'yes'
    def __del__(self):
        calls.append('victim')

def saver():
    s = Saver(Victim())
    s.victim.saver = s

saver()
collect()
print(saved[-1].alive, calls[-1])
