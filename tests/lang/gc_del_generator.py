# A generator suspended inside its body is closed when collected: a
# GeneratorExit is thrown in at the yield, so `finally` blocks and `with`
# exits run (CPython: when the last reference goes; Taipan: at the next
# collection). Generators never started or already finished run nothing.
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

def with_finally(name):
    try:
        log.append(name + ' start')
        yield 1
        yield 2
    finally:
        log.append(name + ' finally')

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        log.append('%s exit %s' % (self.name, typ.__name__ if typ else None))
        return False

def with_cm(name):
    with CM(name):
        yield 1

def catches(name):
    try:
        yield 1
    except GeneratorExit:
        log.append(name + ' got GeneratorExit')
        raise

def abandon(gen_fn, name, steps):
    g = gen_fn(name)
    for i in range(steps):
        next(g)

abandon(with_finally, 'started', 1)
abandon(with_finally, 'not started', 0)
abandon(with_cm, 'cm', 1)
abandon(catches, 'catcher', 1)
collect()
print(sorted(log))
log.clear()

def finished():
    g = with_finally('finished')
    for x in g:
        pass

finished()
collect()
print(log)
log.clear()

# a generator expression over a generator: both are closed
def source():
    try:
        for i in range(10):
            yield i
    finally:
        log.append('source closed')

def partial():
    ge = (x * 2 for x in source())
    return next(ge)

print(partial())
collect()
print(log)
log.clear()

# nested: the inner generator's finally runs when the outer is closed
def inner():
    try:
        yield 'in'
    finally:
        log.append('inner finally')

def outer():
    try:
        yield from inner()
    finally:
        log.append('outer finally')

def nested():
    g = outer()
    next(g)

nested()
collect()
print(log)
log.clear()

# a generator in a reference cycle with itself
def cyclic():
    try:
        yield 1
    finally:
        log.append('cyclic finally')

def make_cycle():
    g = cyclic()
    holder = [g]
    g.gi_frame  # touch it
    next(g)
    holder.append(holder)

make_cycle()
collect()
print(log)
log.clear()

# closing by hand first means nothing more at collection
def closed_early():
    g = with_finally('early')
    next(g)
    g.close()

closed_early()
collect()
print(log)
