# Weakrefs to the other kinds of objects that allow them: classes,
# functions, lambdas, bound methods (a fresh one dies at once), builtin
# functions and types (they never die), sets, frozensets, modules,
# generators, code objects; and a class dies with its instances gone.
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
    def method(self):
        return 'm'

c = C()
bound = weakref.ref(c.method)
collect()
print('fresh bound method', bound())
m = c.method
rm = weakref.ref(m)
print('kept bound method', rm() is m, rm()())
r_len, r_int, r_type = weakref.ref(len), weakref.ref(int), weakref.ref(type)
collect()
print('builtins live', r_len() is len, r_int() is int, r_type() is type)
r_mod = weakref.ref(weakref)
print('module', r_mod() is weakref)
s, fs = {1, 2}, frozenset('ab')
rs, rfs = weakref.ref(s), weakref.ref(fs)
print('sets', rs() is s, rfs() is fs, rs() == {1, 2})

def make_class():
    class Local:
        x = 1
        def f(self):
            return self.x
    inst = Local()
    return weakref.ref(Local), weakref.ref(inst), weakref.ref(Local.f)

rc, ri, rf = make_class()
collect()
print('class, instance, function dead', rc(), ri(), rf())

def make_function():
    def inner(a, b=2):
        return a + b
    lam = lambda: 0
    return weakref.ref(inner), weakref.ref(lam), weakref.ref(inner.__code__), inner

r_inner, r_lam, r_code, inner = make_function()
collect()
print('function kept', r_inner() is inner, r_inner()(1), 'lambda dead', r_lam(), 'code kept', r_code() is inner.__code__)

def gen():
    yield 1

def make_gen():
    g = gen()
    return weakref.ref(g)

rg = make_gen()
collect()
print('generator dead', rg())
g = gen()
rg2 = weakref.ref(g)
print('generator kept', rg2() is g, next(rg2()))

# a class with instances alive stays alive; weakrefs to them
def make_with_instance():
    class K:
        pass
    return K(), weakref.ref(K)

k, rk = make_with_instance()
collect()
print('class alive through its instance', rk() is type(k))
del k
collect()
print('then dead', rk())
# proxies to functions and classes
def add(a, b):
    return a + b
p = weakref.proxy(add)
print(type(p).__name__, p(2, 3), p.__name__)
pc = weakref.proxy(C)
print(type(pc).__name__, pc().method(), pc.__name__)
