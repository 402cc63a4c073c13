# Coroutines are finalized like generators: one suspended at an await is
# closed when collected, so its finally blocks run; a finished one is not
# touched. (An unstarted one would get CPython's "never awaited" warning,
# which Taipan does not print: not tested.)
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

class Suspend:
    def __await__(self):
        yield 'suspended'

async def worker(name):
    try:
        log.append(name + ' start')
        await Suspend()
        log.append(name + ' resumed')
    finally:
        log.append(name + ' finally')

def abandon(name):
    c = worker(name)
    print(c.send(None))

abandon('a')
abandon('b')
collect()
print(sorted(log))
log.clear()

def finish(name):
    c = worker(name)
    c.send(None)
    try:
        c.send(None)
    except StopIteration:
        log.append(name + ' done')

finish('c')
collect()
print(log)
log.clear()

async def outer():
    try:
        await worker('inner')
    finally:
        log.append('outer finally')

def nested():
    c = outer()
    c.send(None)

nested()
collect()
print(sorted(log))
