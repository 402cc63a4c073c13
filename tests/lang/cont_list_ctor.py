# list() and tuple() construction: from every iterable kind, re-running
# __init__, subclasses with their own __init__/__new__, argument errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list(()), list('abc'), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list(x for x in 'hi'), list(b'ab'), list(bytearray(b'z')))
print(list(map(str, [1, 2])), list(zip('ab', 'cd')), list(enumerate('xy', 5)))
print(list(reversed([1, 2, 3])), list(iter([])), list(sorted({3, 1, 2})))
show(lambda: list(5))
show(lambda: list(None))
show(lambda: list(1, 2))
show(lambda: list([], []))
show(lambda: list(x=1))
show(lambda: list(iterable=[1]))
show(lambda: tuple(5))
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
show(lambda: tuple(iterable=[1]))
# __init__ clears and refills
a = [1, 2, 3]
a.__init__('xy'); print(a)
a.__init__(); print(a)
show(lambda: a.__init__(5))
print(a)
b = [1, 2]
b.__init__(b); print(b)
# subclass with extra __init__ parameters
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named('n', 'abc')
print(n, n.name, type(n).__name__, len(n), isinstance(n, list))
show(lambda: Named())
class Kw(list):
    pass
show(lambda: Kw(a=1))
show(lambda: Kw([1], [2]))
class KwOk(list):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
k = KwOk([1], flag=True)
print(k, k.kw)
class TNew(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t = TNew(1, 2, 3)
print(t, type(t).__name__, t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__)
show(lambda: tuple.__new__(TNew, 5))
show(lambda: tuple.__new__(list))
show(lambda: list.__new__(tuple))
# iterator that raises part-way: nothing is built
def gen():
    yield 1
    raise LookupError('midway')
show(lambda: list(gen()))
show(lambda: tuple(gen()))
# __len__ hints that lie do not change the result
class Lying:
    def __len__(self):
        return 1000
    def __iter__(self):
        return iter([1, 2])
print(list(Lying()), tuple(Lying()))
class LenRaises:
    def __len__(self):
        raise ValueError('len failed')
    def __iter__(self):
        return iter('ok')
show(lambda: list(LenRaises()))
class LenHint:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return -1
show(lambda: list(LenHint()))
