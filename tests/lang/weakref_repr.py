# The reprs of weakrefs, proxies and finalizers, with the addresses
# replaced by ADDR (they differ from run to run).
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

def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('ADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)

class C:
    pass

class Named:
    __name__ = 'my name'

class BadName:
    __name__ = 42

def func():
    pass

c, n, b = C(), Named(), BadName()
for obj in [c, n, b, func, C, len, {1}, weakref]:
    print(clean(repr(weakref.ref(obj))))
print(clean(repr(weakref.proxy(c))), clean(repr(weakref.proxy(func))))
print(clean(str(weakref.ref(c))))

def dead():
    o = C()
    return weakref.ref(o), weakref.proxy(o), weakref.finalize(o, print, 'gone')

r, p, f = dead()
collect()
print(clean(repr(r)))
print(clean(repr(p)))
print(clean(repr(f)))
live = weakref.finalize(c, print)
print(clean(repr(live)))
live.detach()
print(clean(repr(live)))
print(repr(weakref.ref), repr(weakref.ProxyType), repr(weakref.CallableProxyType))
print(repr(weakref.finalize), weakref.ref.__name__, weakref.ref.__module__)
print(weakref.ref[int], weakref.ReferenceType[C].__origin__ is weakref.ref)
