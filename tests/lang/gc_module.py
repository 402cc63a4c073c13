# The gc module: enable/disable, thresholds, debug flags, is_tracked,
# is_finalized, garbage, get_stats' shape, freeze. collect() returns a
# count that differs between implementations, so only its type is shown.
import gc

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError', e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(100000)]   # no automatic collection needed to go on
del junk
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 6)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print('TypeError', e)
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks)

class C:
    pass

class Slotted:
    __slots__ = ()

def f():
    pass

for label, obj in [('int', 1), ('str', 'x'), ('float', 1.5), ('None', None), ('list', []),
                   ('empty dict', {}), ('atomic dict', {'a': 1}), ('dict with list', {'a': []}),
                   ('empty tuple', ()), ('constant tuple', (1, 'a')), ('instance', C()),
                   ('slotted instance', Slotted()), ('class', C), ('function', f), ('builtin type', int),
                   ('module', gc), ('set', {1}), ('bytes', b'x')]:
    print(label, gc.is_tracked(obj))

class Fin:
    def __del__(self):
        saved.append(self)

class _Scrub:
    pass

def collect():
    # Taipan scans the C stack conservatively: an object just dropped can
    # outlive a collection in a stale slot of the interpreter's C frame,
    # until an instruction of the same kind runs again. So a few common
    # ones run first, and the collector twice.
    s = _Scrub()
    s.x = [len(())]
    s.x[0] = s.x[0]
    gc.collect()
    gc.collect()

saved = []
obj = Fin()
print('finalized before', gc.is_finalized(obj))
def drop():
    Fin()
drop()
collect()
print('finalized after', gc.is_finalized(saved[0]), gc.is_finalized(obj), gc.is_finalized(1))
stats = gc.get_stats()
print(type(stats).__name__, len(stats), [sorted(s) for s in stats])
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())
print(gc.__name__)
