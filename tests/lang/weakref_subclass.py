# Subclasses of weakref.ref: extra attributes, their own __init__ taking
# keywords (weakref.ref's __new__ ignores them), callbacks, and that a
# subclass instance is never the shared basic ref.
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

class KeyedRef(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Annotated(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)

c = C()
basic = weakref.ref(c)
k = KeyedRef(c, None, 'the key')
a = Annotated(c, tag=5, name='x')
print(k.key, a.tag, a.name, k() is c, a() is c)
print(type(k).__name__, isinstance(k, weakref.ref), k is not basic, a is not basic)
print(weakref.getweakrefcount(c), weakref.ref(c) is basic)
print(k == basic, a == k, hash(k) == hash(c))
print(sorted(a.__dict__.items()))
try:
    weakref.ref(c, tag=1)
except TypeError as e:
    print('TypeError', e)
try:
    KeyedRef(c)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref()
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref(c, None, None)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref(c)(1)
except TypeError as e:
    print('TypeError', e)

dead_keys = []
def on_dead(wr):
    dead_keys.append(wr.key)

def make():
    objs = [C() for i in range(4)]
    return [KeyedRef(o, on_dead, 'k%d' % i) for i, o in enumerate(objs)]

refs = make()
collect()
print(sorted(dead_keys), [r() for r in refs])

class Counting(weakref.ref):
    made = 0
    def __init__(self, ob, cb=None):
        Counting.made += 1
        super().__init__(ob, cb)
    def __call__(self):
        obj = super().__call__()
        return ('through subclass', obj is not None)

cr = Counting(c)
print(cr(), Counting.made)
