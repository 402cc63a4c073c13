# Any mapping serves as locals for exec()/eval(): names are looked up there
# first, then in globals, then in builtins; stores and deletes go to it.
class Logged:
    # values are shown by type for functions, whose repr has an address
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        print('  get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('  set', k, v if not callable(v) else type(v).__name__)
        self.d[k] = v
    def __delitem__(self, k):
        print('  del', k)
        del self.d[k]

m = Logged(a=1)
g = {'b': 2}
exec('c = a + b\nd = len([c])\ndel c', g, m)
print(sorted(m.d.items()), sorted(k for k in g if k != '__builtins__'))
print(eval('a * 10 + b', g, m))

try:
    exec('del nothere', g, m)
except NameError as e:
    print('NameError', e)
try:
    eval('missing', g, m)
except NameError as e:
    print('NameError', e)

class Raising:
    def __getitem__(self, k):
        raise ValueError('lookup of ' + k)
try:
    eval('zz', {}, Raising())
except ValueError as e:
    print('ValueError', e)

# a function defined in exec'd code uses globals, not the mapping
exec('def f():\n    return a\n', g, m)
print(m.d['f'].__name__, m.d['f'].__globals__ is g)
try:
    m.d['f']()
except NameError as e:
    print('NameError', e)
# comprehensions are functions too: the mapping is not their scope
try:
    print(eval('[a for _ in range(2)]', {}, {'a': 1}))
except NameError as e:
    print('NameError', e)
print(eval('[v for v in a]', {}, {'a': 'xy'}))

# class bodies in exec'd code get their own namespace, then see globals
exec('class K:\n    attr = b\n', g, m)
print(m.d['K'].attr, m.d['K'].__module__)
try:
    exec('class K2:\n    attr = a\n', g, m)
except NameError as e:
    print('NameError', e)

# a list is subscriptable, so it passes the mapping check
try:
    exec('x = 1', {}, [])
except TypeError as e:
    print('TypeError', e)
