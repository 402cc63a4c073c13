# f(*args, **kw): duplicates, non-iterables, non-mappings, non-str keys,
# mixing with positional/keyword arguments, and the messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2, *rest, c=3, **kw):
    return a, b, rest, c, kw
print(f(*[1]), f(*[1, 2, 3, 4]), f(*(1,), **{'c': 9}), f(**{'a': 0, 'x': 1}))
print(f(1, *[2, 3], *(4,), c=5, **{'d': 6}, **{'e': 7}))
print(f(*'ab'), f(*range(3)), f(*{'k': 0}), f(*iter([8])), f(**dict(a=1, b=2)))
show(lambda: f(1, **{'a': 2}))
show(lambda: f(**{'a': 1}, **{'a': 2}))
show(lambda: f(a=1, **{'a': 2}))
show(lambda: f(1, 2, **{'b': 3}))
show(lambda: f(*[1], a=2))
show(lambda: f(**{'c': 1}, c=2))
show(lambda: f(*5))
show(lambda: f(*None))
show(lambda: f(**5))
show(lambda: f(**[('a', 1)]))
show(lambda: f(**{1: 2}))
show(lambda: f(1, **{1: 2}))
show(lambda: f(**{'a': 1}, **{b'b': 2}))
show(lambda: f())
show(lambda: f(*[]))
show(lambda: print(*5))
show(lambda: print(**5))
show(lambda: len(*[1, 2]))
show(lambda: len(**{'obj': []}))
show(lambda: dict(**{'a': 1}, **{'a': 2}))
show(lambda: f(*[1], **{'d': 1}, d=2))
# builtin and method callees report their own names
show(lambda: [].append(**{'x': 1}))
show(lambda: max(*[]))
show(lambda: 'a'.join(*['x', 'y']))
class K:
    def m(self, x):
        return x
show(lambda: K().m(*[1, 2]))
show(lambda: K().m(**{'x': 1, 'self': 2}))
show(lambda: K.m(**{'self': K(), 'x': 3}))
# mapping protocol used by **
class M:
    def keys(self):
        return ['a', 'c']
    def __getitem__(self, k):
        return k * 2
print(f(**M()))
class BadM:
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        raise KeyError('getitem ' + k)
show(lambda: f(**BadM()))
class NoKeys:
    def __getitem__(self, k):
        return 1
show(lambda: f(**NoKeys()))
# *args evaluation order and the iterator consumed fully
def gen():
    for i in range(3):
        print('gen', i)
        yield i
print(f(*gen()))
def bad():
    yield 1
    raise ValueError('args gen failed')
show(lambda: f(*bad()))
# kwargs dict passed in is copied
kw = {'c': 1}
def g(**k):
    k['added'] = True
    return k
print(g(**kw), kw)
# **kwargs with a dict subclass
class D(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'from getitem'
print(f(**D(a=1, b=2)))
