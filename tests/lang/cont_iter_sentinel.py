# iter(callable, sentinel): sentinel compared with ==, callables that
# raise StopIteration or other errors, exhaustion stays, argument errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)), list(vals))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), count)
print(list(iter(lambda: 1.0, 1)), list(iter(lambda: True, 1)))
class Eq:
    def __eq__(self, other):
        print('sentinel eq called with', other)
        return other == 'stop'
src = iter(['a', 'b', 'stop', 'c'])
print(list(iter(lambda: next(src), Eq())))
# a callable raising StopIteration ends iteration quietly
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))
src2 = iter([1, 2])
print(list(iter(lambda: next(src2), 'never')))
def boom():
    raise IndexError('callable failed')
show(lambda: list(iter(boom, None)))
# once the sentinel is seen, the iterator stays exhausted
n = [0]
def up():
    n[0] += 1
    return n[0] % 3
it = iter(up, 0)
print(list(it), list(it), n)
show(lambda: next(it))
print(type(iter(up, 0)).__name__, iter(it) is it)
show(lambda: iter(5, 0))
show(lambda: iter([1], 0))
show(lambda: iter(None, None))
show(lambda: iter())
show(lambda: iter(1, 2, 3))
show(lambda: iter(callable=len))
# sentinel == with an __eq__ that raises
class BadEq:
    def __eq__(self, other):
        raise ValueError('eq failed')
show(lambda: list(iter(lambda: 1, BadEq())))
# the callable's result is the left operand: its __eq__ runs
class Res:
    def __eq__(self, other):
        print('result eq')
        return True
print(list(iter(lambda: Res(), 'x')))
# read chunks out of a list with a callable
data = list(range(10))
def chunk():
    part = data[:3]
    del data[:3]
    return part
print(list(iter(chunk, [])))
# builtins as the callable
stack = [1, 2, 3]
show(lambda: list(iter(stack.pop, 1)))
print(stack)
