# __del__ runs when the collector frees an object (CPython: at once, by
# reference counting; Taipan: at the next collection, so the test calls
# gc.collect()), exactly once, with the object's attributes intact; it is
# inherited, may be added by a subclass of a builtin type, and what
# __del__ prints comes in a sorted order here (the order of several
# objects' finalizers is not fixed).
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

class D:
    def __init__(self, name):
        self.name = name
        self.data = [name] * 3
    def __del__(self):
        log.append(('del', self.name, len(self.data)))

class Sub(D):
    pass

class ListWithDel(list):
    def __del__(self):
        log.append(('list del', len(self)))

class DictWithDel(dict):
    def __del__(self):
        log.append(('dict del', sorted(self)))

def make_garbage():
    D('a')
    Sub('b')
    ListWithDel([1, 2, 3])
    DictWithDel(x=1, y=2)
    x = D('c')
    x = None

make_garbage()
collect()
print(sorted(log))
log.clear()
collect()
print('nothing twice', log)

def make_many(n):
    for i in range(n):
        D(i)

make_many(500)
collect()
print(len(log), sorted(x[1] for x in log) == list(range(500)))
log.clear()

# an object kept alive is not finalized
kept = D('kept')
collect()
print('kept', log)

# __del__ may allocate, raise nothing, and look at other objects
class Chatty:
    def __init__(self, friend):
        self.friend = friend
    def __del__(self):
        log.append(('chatty', self.friend.name, [i * i for i in range(3)]))

def make_chatty():
    Chatty(kept)

make_chatty()
collect()
print(log)
log.clear()

# a __del__ defined later on the class still counts for new objects
class Late:
    pass

def late_del(self):
    log.append('late del')

Late.__del__ = late_del

def make_late():
    Late()

make_late()
collect()
print(log)
log.clear()
print(gc.is_finalized(kept))
