# weakref.finalize: called once, when its object is freed or when called
# by hand; detach() and peek(); alive and atexit; arguments and keyword
# arguments; exceptions from a direct call propagate.
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
    pass

log = []

def note(*args, **kwargs):
    log.append((args, sorted(kwargs.items())))
    return 'result'

def make(holder, *args, **kwargs):
    o = C()
    holder.append(o)
    return weakref.finalize(o, note, *args, **kwargs)

holder = []
f = make(holder, 1, 2, key='v')
print('alive before', f.alive, f.atexit)
holder.clear()
collect()
print('alive after', f.alive, f.atexit, log)
print('calling a dead one', f(), log)
log.clear()

keep = C()
f2 = weakref.finalize(keep, note, 'direct')
print('call', f2(), f2.alive, log)
print('again', f2(), log)
log.clear()

f3 = weakref.finalize(keep, note, 'peeked', x=1)
info = f3.peek()
print('peek', info[0] is keep, info[1] is note, info[2], info[3])
print('still alive', f3.alive)
det = f3.detach()
print('detach', det[0] is keep, det[2], det[3], f3.alive, f3.detach(), f3.peek())
print('detached never calls', f3(), log)

f4 = weakref.finalize(keep, note)
f4.atexit = False
print('atexit', f4.atexit)
f4.atexit = 1
print('atexit', f4.atexit)
f4.detach()
print('dead atexit', f4.atexit)

def boom():
    raise ValueError('from finalizer')

f5 = weakref.finalize(keep, boom)
try:
    f5()
except ValueError as e:
    print('ValueError', e, f5.alive)

# several finalizers on one object all run; sorted since their order is not fixed
# (a loop, not a comprehension: a cell holding o could outlive the call in
# a C stack slot that Taipan's conservative scan sees)
def many():
    o = C()
    fins = []
    for i in range(3):
        fins.append(weakref.finalize(o, note, i))
    return fins

fs = many()
collect()
print(sorted(log), [x.alive for x in fs])
log.clear()

# the finalizer keeps its arguments alive, not its object
def holds_args():
    o = C()
    arg = C()
    w = weakref.ref(arg)
    return weakref.finalize(o, note, arg), w

f6, w = holds_args()
collect()
print('arg alive while pending', f6.alive, w() is not None or log != [])
log.clear()
try:
    weakref.finalize(1, note)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.finalize(keep)
except TypeError as e:
    print('TypeError', e)
print(isinstance(f, weakref.finalize), type(f).__name__)
f7 = weakref.finalize(keep, note, 'at exit')
f8 = weakref.finalize(keep, note, 'not at exit')
f8.atexit = False
print('end of program')
