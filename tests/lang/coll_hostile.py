# hostile use of _collections and _functools: mutation from callbacks, bad arguments, odd states
from _collections import deque, defaultdict, _deque_iterator, _deque_reverse_iterator, _tuplegetter, _count_elements
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
import gc
def t(f, *a, **k):
    try: f(*a, **k)
    except Exception as e: print(type(e).__name__, e)
d = deque(range(10))
class Evil:
    def __eq__(self, o):
        d.clear(); d.extend(range(100)); return False
    __hash__ = object.__hash__
d.append(Evil())
t(d.count, 5); t(d.index, -1); t(d.remove, -1); t(lambda: -1 in d)
d = deque([Evil()]*3)
t(lambda: d == deque([1,2,3])); t(lambda: d < deque([1,2,3]))
d = deque(range(5))
it = _deque_iterator(d, 100); print(list(it))
it = _deque_reverse_iterator(d, 2); print(list(it))
t(_deque_iterator, [1])
t(_deque_iterator, d, 'x')
print(it.__reduce__(), _deque_iterator(d, 1).__reduce__()[1][1])
dq = deque.__new__(deque)
print(dq, len(dq), dq.maxlen); t(dq.pop); dq.rotate(5); dq.reverse(); print(dq.copy(), list(reversed(dq)))
t(deque.__init__, dq, 1)
t(dq.insert, "a", 1); t(dq.rotate, "x"); t(dq.rotate, 2**80)
x = deque([1,2,3]); x *= 2**40 if False else 3; print(len(x))

m = deque(maxlen=2); m.extend(m); m.extendleft(range(100)); print(m)
class S(deque):
    def __init__(self, *a): pass
s = S(); s.append(1); print(s, s.copy() if False else '')
class R(deque):
    def __new__(cls, *a): return 5
t(lambda: deque.__add__(R.__new__ and deque([1]), deque([2])))
dd = defaultdict(); dd.default_factory = None
t(dd.__getitem__, 1)
t(defaultdict.__missing__, dd, [1])
dd.default_factory = lambda: dd.clear()
print(dd[1], dict(dd))
dd2 = defaultdict.__new__(defaultdict); print(dd2, dd2.default_factory)
t(dd2.__getitem__, 1)
tg = _tuplegetter(-1, None); t(tg.__get__, (1,2))
tg = _tuplegetter(2**62, None); t(tg.__get__, (1,2))
t(_tuplegetter, 2**80, None)
class Sl: __slots__=()
print(tg.__get__(None, tuple) is tg)
p = partial(print)
p.__setstate__((len, (), {1: 2}, None))
t(p)
t(p.__setstate__, (len, (), {}, {}))
print(p.__reduce__()[2])
k = cmp_to_key(None)
t(lambda: k(1) < k(2))
w = _lru_cache_wrapper(lambda *a, **k: a, 1, True, tuple)
print(w(1, x=2), w(1, x=2), w.cache_info())
t(_lru_cache_wrapper, len, 2**100, False, tuple)
print(_lru_cache_wrapper(len, -2**100, False, tuple).cache_info())
class H:
    def __hash__(self): raise RuntimeError('nohash')
t(w, H())
t(reduce, lambda a, b: 1/0, [1, 2])
t(_count_elements, defaultdict(int), [H()])
gc.collect()
big = deque()
for i in range(1000):
    big.appendleft(i); big.append(-i)
    if i % 3 == 0: big.rotate(i)
    if i % 7 == 0: del big[len(big)//2]
    if i % 11 == 0: big.insert(i % 17, 'x')
print(len(big), sum(x for x in big if isinstance(x, int)))
