# Which __del__ runs: inherited ones, overriding ones calling
# super().__del__(), mixins, a __del__ that is a staticmethod-less plain
# function assigned later; calling __del__ by hand does not count as
# finalization (the collector still calls it once).
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

class Base:
    def __del__(self):
        log.append('Base.__del__ ' + type(self).__name__)

class Child(Base):
    pass

class Override(Base):
    def __del__(self):
        log.append('Override.__del__')
        super().__del__()

class Mixin:
    def __del__(self):
        log.append('Mixin.__del__ ' + type(self).__name__)

class Both(Mixin, Base):
    pass

class NoDel:
    pass

class GrandChild(Child):
    def __del__(self):
        log.append('GrandChild.__del__')

def make_all():
    Child()
    Override()
    Both()
    GrandChild()
    NoDel()

make_all()
collect()
for line in sorted(log):
    print(line)
log.clear()

# called by hand: runs, but the collector still finalizes it once
def by_hand():
    o = Child()
    o.__del__()
    print('finalized after a manual call:', gc.is_finalized(o))

by_hand()
collect()
print(log)
log.clear()

# a class attribute replaced after instances exist
class Swap:
    def __del__(self):
        log.append('old')

def make_swap():
    return [Swap() for i in range(2)]

objs = make_swap()
Swap.__del__ = lambda self: log.append('new')
objs = None
collect()
print(sorted(log))
log.clear()

# __del__ deleted from the class before collection: nothing runs
class Gone:
    def __del__(self):
        log.append('gone')

def make_gone():
    return [Gone()]

holder = make_gone()
del Gone.__del__
holder = None
collect()
print('deleted __del__', log)

# __del__ on a class with __slots__, and on exception subclasses
class Slotted:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __del__(self):
        log.append(('slotted', self.v))

class Err(Exception):
    def __del__(self):
        log.append(('err', self.args))

def make_more():
    Slotted(7)
    Err('boom', 1)
    try:
        raise Err('raised')
    except Err:
        pass

make_more()
collect()
print(sorted(log, key=repr))
