# An exception in __del__ or in a weakref callback cannot propagate: it
# is printed to stderr as "Exception ignored in: <what was called>" with
# its traceback, and the program goes on (other finalizers still run).
# The __del__ and callbacks here are objects with their own repr, since a
# function's repr shows its address.
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

class Named:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc
    def __repr__(self):
        return '<%s>' % self.name
    def __call__(self, *args):
        print('calling', self.name)
        raise self.exc

class Bad:
    __del__ = Named('Bad.__del__', ValueError('raised in __del__'))

ran = []

class Good:
    def __del__(self):
        ran.append('good __del__ ran')

def make_bad():
    b = Bad()
    b.good = Good()
    b.good.bad = b

make_bad()
collect()
print('after the collection', ran)

def make_callback():
    class Target:
        pass
    t = Target()
    return t, weakref.ref(t, Named('callback', KeyError('raised in a callback')))

t, r = make_callback()
del t
collect()
print('after the callback', r())

class Nested:
    def __del__(self):
        try:
            raise TypeError('inner')
        except TypeError:
            print('handled inside __del__')

def make_nested():
    Nested()

make_nested()
collect()
try:
    raise IndexError('outer')
except IndexError as e:
    make_nested()
    collect()
    print('outer exception intact:', repr(e))
print('end')
