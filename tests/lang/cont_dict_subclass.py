# dict subclasses: which dict operations consult overridden methods
# (__getitem__, __setitem__, keys, __iter__, __contains__, get) and which
# work on the storage directly
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Log(dict):
    def __getitem__(self, k):
        print('  getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('  setitem', k, v)
        super().__setitem__(k, v)
    def __contains__(self, k):
        print('  contains', k)
        return super().__contains__(k)
    def keys(self):
        print('  keys')
        return super().keys()
    def __iter__(self):
        print('  iter')
        return super().__iter__()
    def get(self, k, d=None):
        print('  get', k)
        return super().get(k, d)
print('ctor'); d = Log(a=1)
print('ctor pairs'); d2 = Log([('b', 2)])
print('update'); d.update({'c': 3})
print('update kw'); d.update(e=5)
print('setdefault'); d.setdefault('f', 6)
print('subscript'); print(d['a'])
print('in'); print('a' in d)
print('get'); print(d.get('a'))
print('dict()'); print(dict(d))
print('{**}'); print({**d})
print('list()'); print(list(d))
print('copy'); print(d.copy(), type(d.copy()).__name__)
print('items'); print(list(d.items()))
print('values'); print(list(d.values()))
print('=='); print(d == {'a': 1, 'c': 3, 'e': 5, 'f': 6})
print('update from Log'); x = {}; x.update(d); print(x)
print('| op'); print(d | {'z': 0}, type(d | {'z': 0}).__name__)
print('fromkeys'); print(Log.fromkeys('q'))
print('pop'); print(d.pop('a'))
print('repr'); print(repr(d))
# a subclass that stores transformed keys only through __setitem__
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lo = Lower({'A': 1})
lo['B'] = 2
lo.update(C=3)
print(lo)
# keys() returning something else changes dict(x) and update(x)
class FakeKeys(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'fake'
fk = FakeKeys(real=1)
print(dict(fk), {**fk}, list(fk), fk.get('real'), {}.update(fk) or 'updated')
upd = {}
upd.update(fk)
print(upd)
# __iter__ override doesn't affect dict(x) when keys is not overridden
class IterOnly(dict):
    def __iter__(self):
        return iter(['ghost'])
io = IterOnly(k=1)
print(dict(io), list(io), [*io], {**io}, list(io.keys()))
# __len__ override
class Len(dict):
    def __len__(self):
        return 42
ln = Len(a=1)
print(len(ln), bool(Len()), dict(ln), list(ln.items()))
# __missing__ with get/setdefault/pop
class Miss(dict):
    def __missing__(self, k):
        return 'miss'
m = Miss()
print(m['x'], m.get('x'), m.setdefault('x', 'sd'), m['x'], m.pop('y', 'pd'))
# __eq__ override used by == but not by view comparisons
class NeverEq(dict):
    def __eq__(self, other):
        return False
ne = NeverEq(a=1)
print(ne == {'a': 1}, ne.keys() == {'a'}, ne != {'a': 1})
show(lambda: hash(ne))
