# bound methods: __reduce__, types.MethodType(func, obj), deepcopy of objects holding bound methods
import copy, types
class Foo:
    def m(self, x=1): return (self.tag, x)
f = Foo(); f.tag = 'f'
r = f.m.__reduce__()
print(r[0] is getattr, r[1][0] is f, r[1][1])
f.b = f.m
g = copy.deepcopy(f)
g.tag = 'g'
print(g.b(), g.b.__self__ is g, f.b())
bm = types.MethodType(lambda self, y: (self.tag, y), f)
print(bm(5), bm.__self__ is f)
print(types.MethodType(len, [1, 2])())
for args in [(), (len,), (5, f), (len, None), (len, f, 1)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.MethodType(len, f, x=1)
except TypeError as e:
    print(type(e).__name__, e)
