# the collections package over _collections: namedtuple, Counter, deque, defaultdict, OrderedDict
import collections, collections.abc, copy
from collections import namedtuple, Counter, deque, defaultdict, OrderedDict, ChainMap

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, p[0], P._fields, P.x.__doc__, type(P.__dict__['x']).__name__)
print(p._replace(x=5), p._asdict(), P._make([7, 8]), copy.copy(p), copy.deepcopy(p))
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
Q = namedtuple('Q', ['a', 'b'], defaults=[0])
print(Q(1), Q(1, 2), Q._field_defaults)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))

c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:5])
c.update('aaz'); c.subtract({'a': 1})
print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=4))
print(repr(Counter()), c.total())

d = deque([1, 2, 3], maxlen=5)
print(d, isinstance(d, collections.abc.MutableSequence), copy.copy(d), copy.deepcopy(d))
d2 = copy.deepcopy(deque([[1], [2]]))
print(d2)

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, copy.deepcopy(dd), isinstance(dd, collections.abc.MutableMapping))

od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
u = collections.UserDict(a=1); u['b'] = 2
print(u, collections.UserList([3, 1, 2]).copy(), collections.UserString('ab').upper())
