# any()/all(): short-circuit (visible through generators), truth of
# odd objects, return values are bools, errors propagate
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, [], 2]), all([1, 0, 1]))
print(any('abc'), all(''), any({0: 1}), all({0: 1}), any(range(0)), all(range(1, 5)))
print(repr(any([5])), repr(all([5])), type(any([[1]])).__name__)
def noisy(vals):
    for v in vals:
        print('pull', v)
        yield v
print(any(noisy([0, 0, 3, 4])))
print(all(noisy([1, 1, 0, 1])))
print(any(noisy([])), all(noisy([])))
# the rest of the iterator stays available
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 0, 2, 3])
print(all(it), list(it))
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(any([T(False), T(True), T(True)]))
print(all([T(True), T(False), T(True)]))
class L:
    def __len__(self):
        return 0
print(any([L()]), all([L()]))
class BadBool:
    def __bool__(self):
        return 1
show(lambda: any([BadBool()]))
class Raise:
    def __bool__(self):
        raise ValueError('bool raised')
show(lambda: all([Raise()]))
show(lambda: any([0, Raise()]))
print(any([1, Raise()]), all([0, Raise()]))
show(lambda: any(5))
show(lambda: all(None))
show(lambda: any())
show(lambda: any([], []))
show(lambda: all(iterable=[]))
def bad():
    yield 0
    raise IndexError('gen failed')
show(lambda: any(bad()))
show(lambda: all(x for x in bad()))
# infinite generators terminate when the answer is known
def count():
    n = 0
    while True:
        yield n
        n += 1
print(any(x > 100 for x in count()), all(x < 50 for x in count()))
# nan and -0.0 truthiness
print(any([0.0, -0.0, 0j]), any([float('nan')]), all([float('nan'), -1]))
