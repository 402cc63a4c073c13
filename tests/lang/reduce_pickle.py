# pickle round trips through __reduce_ex__: user classes, builtin callables, _collections and _functools types
import pickle, collections, functools, operator

class U:
    def __init__(self):
        self.a = [1, {2: 3}]
class Sl:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
class P(collections.namedtuple('P', 'x y')):
    pass
P.__module__ = __name__
Point = collections.namedtuple('Point', 'x y')

print(len.__reduce__(), [].append.__reduce__()[1][1], str.upper.__reduce__(), dict.fromkeys.__reduce__())
print(object.__lt__.__reduce__(), (1).__add__.__reduce__()[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(U(), proto))
    s = pickle.loads(pickle.dumps(Sl(), proto)) if proto >= 2 else None
    print(proto, type(u).__name__, u.a, s and (s.x, hasattr(s, 'y')),
          pickle.loads(pickle.dumps(collections.deque([1, 2], 3), proto)),
          pickle.loads(pickle.dumps(collections.defaultdict(list, a=[1]), proto)),
          pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs), proto))(-2),
          pickle.loads(pickle.dumps(Point(1, 2), proto)),
          pickle.loads(pickle.dumps(collections.Counter('aab'), proto)),
          pickle.loads(pickle.dumps(collections.OrderedDict(b=1, a=2), proto)),
          (lambda r: (r[:3] == [len, str.upper, dict.fromkeys], r[3:]))(pickle.loads(pickle.dumps([len, str.upper, dict.fromkeys, {1, 2}, frozenset([3]), bytearray(b'xy')], proto))),
          pickle.loads(pickle.dumps(operator.itemgetter(1, 0), proto))('ab'),
          pickle.loads(pickle.dumps(operator.attrgetter('real'), proto))(3),
          pickle.loads(pickle.dumps(operator.methodcaller('split', ',', maxsplit=1), proto))('a,b,c'),
          pickle.loads(pickle.dumps(ValueError('bad', 2), proto)).args)
try:
    pickle.dumps(Sl(), 1)
except TypeError as e:
    print(type(e).__name__, e)
