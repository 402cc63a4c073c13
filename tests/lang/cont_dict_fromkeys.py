# dict.fromkeys: shared values, every kind of iterable, subclasses with
# __setitem__ / __init__, duplicates, unhashable keys
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys('abca'), dict.fromkeys(range(3), 'v'), dict.fromkeys((1, 1.0, True)))
print(dict.fromkeys({'k': 'ignored'}), dict.fromkeys({5: 1}.items()), dict.fromkeys(iter([])))
print(dict.fromkeys(sorted({'q', 'p'})), dict.fromkeys(b'ab'), dict.fromkeys([None, (1, 2)]))
shared = dict.fromkeys(['a', 'b'], [])
shared['a'].append(1)
print(shared, shared['a'] is shared['b'])
print({}.fromkeys('xy', 0), {'old': 1}.fromkeys('n'))
show(lambda: dict.fromkeys([[1]]))
show(lambda: dict.fromkeys('ab', 1, 2))
show(lambda: dict.fromkeys(None))
show(lambda: dict.fromkeys(x for x in [1, {}]))
def gen():
    yield 'ok'
    raise OSError('gen failed')
show(lambda: dict.fromkeys(gen()))
# on a subclass: returns the subclass and goes through __setitem__
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
r = Logged.fromkeys('ab', 0)
print(type(r).__name__, r)
class Init(dict):
    def __init__(self, *a, **kw):
        print('init called', a, kw)
        super().__init__(*a, **kw)
r = Init.fromkeys([1])
print(type(r).__name__, r)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
print(Upper.fromkeys('ab', 1))
class NotDict:
    pass
show(lambda: dict.fromkeys.__func__ if False else 'skip')
# fromkeys of a dict copies keys in order; of a set, every member appears
print(dict.fromkeys({'z': 1, 'a': 2, 'm': 3}))
print(sorted(dict.fromkeys({'c', 'a', 'b'})))
print(len(dict.fromkeys(range(1000))), list(dict.fromkeys(range(1000, 0, -1)))[:3])
# fromkeys from a classmethod on a subclass with a custom __new__
class N(dict):
    def __new__(cls, *a, **kw):
        print('new')
        return super().__new__(cls)
print(N.fromkeys('x'))
