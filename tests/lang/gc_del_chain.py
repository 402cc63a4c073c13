# Finalizers that make more work for the collector: a __del__ creating a
# new finalizable object (a chain of generations), a __del__ dropping the
# last reference to another finalizable object, a __del__ that collects,
# and a long linked list of finalizable nodes (no deep recursion).
import gc

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

class Spawner:
    def __init__(self, gen):
        self.gen = gen
    def __del__(self):
        log.append(self.gen)
        if self.gen < 5:
            Spawner(self.gen + 1)   # garbage at once

def start():
    Spawner(0)

start()
for i in range(8):
    collect()
print('generations', log)
log.clear()

holder = []

class Owner:
    def __init__(self):
        self.owned = Owned()
        self.owned.owner = self   # a cycle: CPython's collector frees it too
    def __del__(self):
        log.append('owner')
        holder.append(self.owned)   # resurrects both; each was finalized once

class Owned:
    def __del__(self):
        log.append('owned')

def make_owner():
    Owner()

make_owner()
collect()
print(sorted(log))
log.clear()
holder.clear()
collect()
print(log)
log.clear()

class Collector:
    def __del__(self):
        log.append('collector start')
        gc.collect()
        log.append('collector end')

def make_collector():
    Collector()
    for i in range(3):
        Plain(i)

class Plain:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        log.append('plain %d' % self.i)

make_collector()
collect()
print(sorted(log))
log.clear()

class Node:
    def __init__(self, nxt):
        self.next = nxt
    def __del__(self):
        log.append(1)

def long_list(n):
    head = None
    for i in range(n):
        head = Node(head)

long_list(3000)
collect()
print('nodes finalized', len(log))
