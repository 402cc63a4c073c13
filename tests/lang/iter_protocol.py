# How the iterator builtins drive the iterators they wrap: zip stops at the
# first exhausted argument without advancing the later ones, errors raised
# inside an iterator or the mapped/filtering function propagate, exhausted
# iterators stay exhausted, and user iterators (StopIteration from
# __next__) work everywhere.
class Counter:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print('  ', self.name, 'exhausted')
            raise StopIteration
        self.i += 1
        print('  ', self.name, 'gives', self.i)
        return self.i

print(list(zip(Counter('a', 2), Counter('b', 5))))
print(list(zip(Counter('a', 5), Counter('b', 1), Counter('c', 5))))
a, b = Counter('a', 1), Counter('b', 1)
print(list(zip(a, b, strict=True)))
try:
    list(zip(Counter('a', 2), Counter('b', 1), strict=True))
except ValueError as e:
    print('ValueError', e)

def boom():
    yield 1
    raise KeyError('inside')
for make in (lambda: enumerate(boom()), lambda: zip(boom(), boom()), lambda: map(str, boom()),
             lambda: filter(None, boom()), lambda: reversed(list(boom()))):
    try:
        print(list(make()))
    except KeyError as e:
        print('KeyError', e)

def bad(x):
    if x == 2:
        raise ZeroDivisionError('in func')
    return x
for make in (lambda: map(bad, range(5)), lambda: filter(bad, range(5))):
    it = make()
    try:
        for x in it:
            print('got', x)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    print('after error', list(it))

for it in (enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), reversed('a'),
           iter(range(1)), iter(range(10**20, 10**20 + 1))):
    print(type(it).__name__, list(it), list(it), next(it, 'done'))

# a list growing under reversed / the sequence iterator
class Seq:
    def __init__(self): self.data = [1, 2, 3]
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
s = Seq()
r = reversed(s)
print(next(r))
s.data.append(4)
print(list(r))
it = iter(s)
print(next(it))
s.data.append(5)
print(list(it))

# iter(callable, sentinel) with == on the sentinel
vals = iter([1, 2.0, 3])
print(list(iter(lambda: next(vals), 2)))
print(list(enumerate(zip(map(str, range(3)), filter(lambda c: c != 'b', 'abcd')), 1)))
print(dict(zip('abc', range(3))), sorted(map(len, ['aa', 'b', 'cccc'])))
print(max(enumerate('hello'), key=lambda p: p[1]), min(zip([3, 1, 2], 'xyz')))
