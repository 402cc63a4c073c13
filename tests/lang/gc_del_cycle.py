# Reference cycles whose members have __del__ are collected (PEP 442):
# each member's __del__ runs once, while every member of the cycle is
# still intact, and then the memory is freed. Weakrefs to the members are
# dead before any __del__ runs, as in CPython's cycle collector.
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

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        other = self.other.name if self.other is not None else None
        log.append((self.name, other))

def two_cycle():
    a, b = Node('a'), Node('b')
    a.other, b.other = b, a
    return weakref.ref(a), weakref.ref(b)

ra, rb = two_cycle()
collect()
print(sorted(log), ra(), rb())
log.clear()

def self_cycle():
    n = Node('self')
    n.other = n
    return weakref.ref(n)

r = self_cycle()
collect()
print(log, r())
log.clear()

# a ring of 100 finalizable nodes
def ring(n):
    nodes = [Node(i) for i in range(n)]
    for i in range(n):
        nodes[i].other = nodes[(i + 1) % n]
    return weakref.ref(nodes[0])

r = ring(100)
collect()
print(len(log), all(o == (n + 1) % 100 for n, o in log), r())
log.clear()

# a cycle of plain objects hanging off a finalizable one, and the other way
class Plain:
    pass

def mixed():
    p = Plain()
    n = Node('holder')
    p.node = n
    n.other = Node('inner')
    n.other.other = n
    p.me = p
    return weakref.ref(p)

r = mixed()
collect()
print(sorted(log), r())
log.clear()

# weakref callbacks see the dead weakref; in a cycle they run before __del__
order = []

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append('del ' + self.name)

def cycle_with_callback():
    t = Tracked('t')
    t.me = t
    return weakref.ref(t, lambda wr: order.append('callback, dead: %s' % (wr() is None)))

w = cycle_with_callback()
collect()
print(order)

# the __del__ of a cycle member can read the whole cycle
class Reader:
    def __init__(self, items):
        self.items = items
    def __del__(self):
        log.append(sum(len(x) for x in self.items))

def reader_cycle():
    items = [[1, 2], [3]]
    r = Reader(items)
    items.append([r, r, r])
    return None

reader_cycle()
collect()
print(log)
