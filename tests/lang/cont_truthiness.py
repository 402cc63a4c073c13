# truth values of containers, views, iterators and ranges; bool() of
# classes mixing __bool__/__len__; conditional expressions and `and`/`or`
# returning the deciding operand
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

values = [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), '', ' ', b'', b'\0', range(0), range(1),
          range(5, 5), range(5, 0, -1), {}.keys(), {1: 1}.keys(), {}.values(), {1: 1}.items(), bytearray(),
          iter([]), reversed([]), (x for x in []), zip(), map(None, []), enumerate([]), 0, 0.0, -0.0, 0j, None,
          float('nan'), slice(0), Ellipsis, NotImplemented if False else 1]
print([bool(v) for v in values])
print([[] or 'dflt', [0] or 'dflt', {} and 'x', {1} and 'x', () or [] or {} or 'last', 0 or None])
print([x for x in [[], [1], (), (2,)] if x], sum(1 for v in values if not v))
class BoolLen:
    def __init__(self, b=None, n=None):
        self.b, self.n = b, n
    def __bool__(self):
        if self.b is None:
            raise AttributeError('no bool')
        return self.b
    def __len__(self):
        return self.n
print(bool(BoolLen(True, 0)), bool(BoolLen(False, 5)))
show(lambda: bool(BoolLen(None, 3)))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), not LenOnly(0), LenOnly(0) or 'fallback', LenOnly(2) and 'second')
class Neither:
    pass
print(bool(Neither()), bool(Neither), bool(type))
# truthiness checked once per `and`/`or` operand
class Count:
    n = 0
    def __bool__(self):
        Count.n += 1
        return False
c = Count()
r = c or c or 'end'
print(r, Count.n)
Count.n = 0
r = c and 'never'
print(r is c, Count.n)
# while loops over shrinking containers
stack = [1, 2, 3]
out = []
while stack:
    out.append(stack.pop())
print(out)
d = {'a': 1, 'b': 2}
while d:
    d.popitem()
print(d, bool(d))
s = {1, 2}
n = 0
while s:
    s.pop()
    n += 1
print(n)
# if statements on views as the dict changes
dd = {}
kv = dd.keys()
print('empty' if not kv else 'full', end=' ')
dd[1] = 1
print('empty' if not kv else 'full')
# bool of a list subclass with __len__ override
class AlwaysFull(list):
    def __len__(self):
        return 1
print(bool(AlwaysFull()), bool(list(AlwaysFull())))
