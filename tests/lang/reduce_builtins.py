# __reduce__ of builtin containers (set, frozenset, bytearray) and copying subclasses of builtins
import copy
print({1, 2}.__reduce__(), frozenset([3]).__reduce__())
print(bytearray(b'a\xffb').__reduce__(), bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(4))
print(bytearray().__reduce_ex__(3))
class MySet(set): pass
s = MySet([1]); s.tag = 't'
print(s.__reduce__()[0].__name__, s.__reduce__()[1:])
class MyFS(frozenset): pass
class MyBA(bytearray): pass
class MyF(float): pass
class MyS(str): pass
class MyT(tuple): pass
class MyC(complex): pass
class MyB(bytes): pass
for v in [s, MyFS([2]), MyBA(b'x'), MyF(1.5), MyS('s'), MyT((1,)), MyC(1j), MyB(b'b'),
          {1, 2}, frozenset([3]), bytearray(b'ab'), 1.5, 2j, range(3), slice(1, 2), [{1, 2}, {3: {4}}]]:
    for f in (copy.copy, copy.deepcopy):
        r = f(v)
        print(type(r).__name__, r, r == v, getattr(r, 'tag', None))
nested = {'a': [{1, 2}, frozenset({3})], 'b': bytearray(b'z')}
d = copy.deepcopy(nested)
print(d, d == nested, d['a'][0] is nested['a'][0], d['b'] is nested['b'])
