# min/max: key, default, ties (first wins), iterables vs several args,
# and every error message
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(max([3, 1, 3.0]), type(max([3, 1, 3.0])).__name__, min([1, 1.0, True]), type(min([1.0, 1, True])).__name__)
print(max('hello'), min('hello'), max([[1, 2], [1, 3], [0]]), min((2, 'b'), (2, 'a')))
print(max(1, 2), min(3, 1, 2), max(*range(5)), min(*'zyx'))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'kiwi'], key=len))
print(max(['ab', 'cd', 'ef'], key=lambda s: 0), min(['ab', 'cd', 'ef'], key=lambda s: 0))
print(max([], default='empty'), min([], default=None), max([5], default=0), min(iter([]), default=[]))
print(max([1, 2], key=None), max(3, 4, key=None), max([-3, 2], key=abs), min([-3, 2], key=abs))
print(max({'a': 9, 'b': 1}), max({'a': 9, 'b': 1}, key={'a': 9, 'b': 1}.get))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: max(iter([])))
show(lambda: max())
show(lambda: min())
show(lambda: max(1))
show(lambda: min(None))
show(lambda: max(1, 2, default=0))
show(lambda: max([1], foo=1))
show(lambda: max([1], key=1))
show(lambda: max([1, 2], key=1))
show(lambda: max([1, 'a']))
show(lambda: min(['a', 1]))
show(lambda: max([None, None]))
show(lambda: min([1j, 2j]))
show(lambda: max([1, 2], key=lambda x: 'a' if x == 1 else 0))
show(lambda: max(key=len))
show(lambda: max(default=1))
show(lambda: max([], key=len))
def kraise(x):
    if x == 3:
        raise ValueError('key failed at 3')
    return x
show(lambda: max([1, 2, 3, 4], key=kraise))
def gen():
    yield 5
    raise OSError('gen failed')
show(lambda: max(gen()))
show(lambda: max(gen(), default=0))
# ties: the first maximal/minimal item is returned
class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return self.tag
vs = [V(1, 'a'), V(2, 'b'), V(2, 'c'), V(1, 'd')]
print(max(vs), min(vs), max(vs, key=lambda v: v.v), min(vs, key=lambda v: v.v))
# comparison order: max uses >, min uses <
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'L%d' % self.v
print(min([OnlyLt(2), OnlyLt(1)]), max([OnlyLt(2), OnlyLt(1)]))
# nan poisons comparisons in order-dependent ways
nan = float('nan')
print(max([nan, 1, 2]), max([1, nan, 2]), min([1, nan, 0]), min([nan, 5]))
# key is called exactly once per item
calls = []
print(max([3, 1, 2], key=lambda x: calls.append(x) or -x), calls)
