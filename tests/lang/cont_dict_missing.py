# __missing__ on dict subclasses: when it is consulted (d[k] only),
# its errors, and classes that define it in odd ways
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z['a'], z['b'], z.get('b'), 'b' in z, z, len(z))
z['c'] += 5
print(z)
show(lambda: z.pop('q'))
print(z.setdefault('q', 'sd'), z)
class Store(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
s = Store()
print(s[3], s['ab'], s)
class Raise(dict):
    def __missing__(self, key):
        raise LookupError('no ' + repr(key))
show(lambda: Raise()['x'])
class Returns(dict):
    def __missing__(self, key):
        return None
print(Returns()[1])
class NotCallable(dict):
    __missing__ = 5
show(lambda: NotCallable()['k'])
class Static(dict):
    @staticmethod
    def __missing__(key):
        return 'static ' + str(key)
show(lambda: Static()['k'])
class Cls(dict):
    @classmethod
    def __missing__(cls, key):
        return cls.__name__ + ':' + key
show(lambda: Cls()['k'])
class Args(dict):
    def __missing__(self):
        return 'no arg'
show(lambda: Args()['k'])
# instance attribute named __missing__ is ignored: lookup is on the type
class Plain(dict):
    pass
p = Plain()
p.__missing__ = lambda k: 'instance'
show(lambda: p['k'])
# plain dict: no __missing__ at all
show(lambda: {}['k'])
show(lambda: {}[(1, 2)])
show(lambda: {}[('tuple',)])
show(lambda: {}[()])
show(lambda: {}[None])
# KeyError carries the key object itself
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args, repr(e))
# __missing__ and __getitem__ overriding
class Get(dict):
    def __getitem__(self, k):
        return 'getitem ' + str(k)
    def __missing__(self, k):
        return 'missing'
g = Get(a=1)
print(g['a'], g['zz'], g.get('zz'))
class Inherit(Zero):
    pass
print(Inherit()['nothing'])
# __missing__ recursion
class Recurse(dict):
    def __missing__(self, key):
        return self[key]
try:
    Recurse()['k']
except RecursionError as e:
    print('RecursionError')
# __missing__ added to the class after creation
class Late(dict):
    pass
l = Late()
show(lambda: l['x'])
Late.__missing__ = lambda self, k: 'late ' + k
show(lambda: l['x'])
del Late.__missing__
show(lambda: l['x'])
