# Which objects can be weakly referenced, as in CPython: instances of
# classes, functions, methods, classes, sets, generators, modules, code...
# but not ints, strs, tuples, lists, dicts, None, plain object()s, or
# instances of classes whose __slots__ leave out __weakref__.
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

def f():
    pass

def g():
    yield 1

class C:
    def m(self):
        pass

class Slots:
    __slots__ = ('a',)

class SlotsWeak:
    __slots__ = ('a', '__weakref__')

class FromSlots(Slots):
    pass

class ListSub(list):
    pass

class DictSub(dict):
    pass

class StrSub(str):
    pass

class FloatSub(float):
    pass

class IntSub(int):
    pass

class TupleSub(tuple):
    pass

class BytesSub(bytes):
    pass

class MyExc(Exception):
    pass

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class EmptySlotsExc(Exception):
    __slots__ = ()

candidates = [
    ('int', 1), ('big int', 10**30), ('float', 1.5), ('complex', 1j), ('str', 'a'),
    ('bytes', b'a'), ('bytearray', bytearray()), ('tuple', ()), ('list', []),
    ('dict', {}), ('None', None), ('bool', True), ('object()', object()),
    ('range', range(3)), ('slice', slice(1)), ('set', set()), ('frozenset', frozenset()),
    ('function', f), ('lambda', lambda: 0), ('class', C), ('instance', C()),
    ('bound method', C().m), ('builtin function', len), ('builtin method', [].append),
    ('type int', int), ('generator', g()), ('code', f.__code__), ('module', weakref),
    ('Slots', Slots()), ('SlotsWeak', SlotsWeak()), ('FromSlots', FromSlots()),
    ('ListSub', ListSub()), ('DictSub', DictSub()), ('StrSub', StrSub()),
    ('FloatSub', FloatSub()), ('IntSub', IntSub()), ('TupleSub', TupleSub()),
    ('BytesSub', BytesSub()), ('Exception()', Exception()), ('MyExc', MyExc()),
    ('EmptySlotsExc', EmptySlotsExc()), ('Meta class', WithMeta), ('memoryview', memoryview(b'x')),
    ('property', property()), ('staticmethod', staticmethod(f)), ('list iterator', iter([])),
    ('NotImplemented', NotImplemented), ('Ellipsis', ...), ('weakref', weakref.ref(C)),
]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        print(name, 'yes')
    except TypeError as e:
        print(name, 'TypeError', e)

print('__weakref__ attrs', hasattr(C(), '__weakref__'), hasattr(Slots(), '__weakref__'),
      hasattr(SlotsWeak(), '__weakref__'), hasattr(FromSlots(), '__weakref__'))
print('class __weakref__ descriptor', type(C.__dict__['__weakref__']).__name__,
      '__weakref__' in Slots.__dict__, '__weakref__' in SlotsWeak.__dict__)
sw = SlotsWeak()
r = weakref.ref(sw)
print('slot __weakref__', sw.__weakref__ is r)
try:
    sw.__weakref__ = 1
except AttributeError as e:
    print('AttributeError', e)

def try_class(label, make):
    try:
        make()
        print('ok', label)
    except TypeError as e:
        print(label, 'TypeError', e)

def twice():
    class A:
        __slots__ = ('__weakref__', '__weakref__')

def again():
    class B(SlotsWeak):
        __slots__ = ('__weakref__',)

def has_one():
    class D(C):
        __slots__ = ('__weakref__',)

def on_int():
    class E(int):
        __slots__ = ('__weakref__',)

def on_tuple():
    class F(tuple):
        __slots__ = ('__weakref__',)

def on_float():
    class G(float):
        __slots__ = ('__weakref__',)
    weakref.ref(G(1.0))

for label, make in [('twice', twice), ('again', again), ('has_one', has_one),
                    ('on_int', on_int), ('on_tuple', on_tuple), ('on_float', on_float)]:
    try_class(label, make)

# weakrefs to functions, classes and sets die with them too
def make():
    def inner():
        pass
    class Local:
        pass
    s = {1, 2}
    fs = frozenset([3])
    return [weakref.ref(inner), weakref.ref(Local), weakref.ref(s), weakref.ref(fs),
            weakref.ref(Local()), weakref.ref(g())]

refs = make()
collect()
print('all dead', [r() for r in refs])

# subclasses of builtins that take weakrefs get no __weakref__ of their own
class SetSub(set):
    pass

class TypeSub(type):
    pass

print('__weakref__' in SetSub.__dict__, hasattr(SetSub(), '__weakref__'),
      '__weakref__' in TypeSub.__dict__, weakref.ref(SetSub()) is not None)

def slots_on_set():
    class T(set):
        __slots__ = ('__weakref__',)

try_class('slots_on_set', slots_on_set)
