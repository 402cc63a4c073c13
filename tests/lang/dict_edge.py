# dict edge cases: equal-hash keys, -1 hashes, mutation in __eq__ during
# compare, key replacement keeps the first key object, big dicts, views
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'int'}
d[1.0] = 'float'; d[True] = 'bool'
print(d, list(d)[0].__class__.__name__)
print({-1: 'a', -2: 'b'}, hash(-1) == hash(-2), {-1: 1}[-1])
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H%d' % self.v
hd = {H(i): i for i in range(20)}
print(len(hd), hd[H(13)], H(25) in hd)
for i in range(0, 20, 2):
    del hd[H(i)]
print(list(hd))
class E:
    def __eq__(self, o):
        d2.clear()
        return True
    def __hash__(self): return 0
d2 = {0: E()}
show(lambda: d2 == {0: 0})
d3 = {0: 1, 1: 2}
class F:
    def __eq__(self, o):
        d3[5] = 5
        return True
show(lambda: {0: F(), 1: F()} == d3)
class NoCmp:
    def __eq__(self, o): raise RuntimeError('eq!')
show(lambda: {1: NoCmp()} == {1: NoCmp()})
n = NoCmp()
print({1: n} == {1: n})
big = {}
for i in range(100000):
    big[i] = i
for i in range(99990):
    del big[i]
print(big, len(big))
big.update({i: -i for i in range(5)})
print(list(big.items())[-6:])
print(dict(sorted({'b': 1, 'a': 2}.items())), {**{'a': 1}, 'b': 2, **{'a': 3}})
show(lambda: {**{'a': 1}, **[1]})
def kw(**k): return k
print(kw(**{'x': 1}, y=2))
show(lambda: kw(**{'x': 1}, x=2))
show(lambda: kw(**{1: 2}))
class Ord(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = Ord(); o['a'] = 1; o.update(b=2); print(o)
dd = dict.fromkeys(range(5))
it = iter(dd)
next(it)
dd.pop(3); dd[3] = None
show(lambda: list(it))
print(dd)
e = {'a': 1}
ki = iter(e.items()); print(next(ki), list(ki))
print({}.get(()), {(): 1}[()], {None: 2}[None], {...: 3}[...], {frozenset(): 4}[frozenset()])
print({1: 2}.keys() | {3}, {1: 2}.keys() ^ [1, 4], {1: 2}.items() & {(1, 2)})
print(len({i: i for i in range(8)}.keys() - {0}))
print(dict.__name__, dict.fromkeys.__name__, type(dict.__dict__['fromkeys']).__name__)
show(lambda: dict.fromkeys(5))
show(lambda: {1: 2}.popitem(1))
show(lambda: {}.clear(1))
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
