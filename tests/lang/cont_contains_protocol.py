# the in operator: __contains__ (result made bool), then __iter__, then
# the __getitem__ protocol; None disables; errors at each step
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in C(), 'no' in C(), 'no' not in C())
class Truthy:
    def __contains__(self, x):
        return [x]
print(0 in Truthy(), type(0 in Truthy()).__name__)
class Falsy:
    def __contains__(self, x):
        return ''
print(0 in Falsy(), 0 not in Falsy())
class BadBool:
    def __bool__(self):
        raise ValueError('no truth')
class ReturnsBad:
    def __contains__(self, x):
        return BadBool()
show(lambda: 1 in ReturnsBad())
class Raise:
    def __contains__(self, x):
        raise LookupError('contains raised')
show(lambda: 1 in Raise())
class It:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        print('getitem', i)
        return i * 10
print(20 in Get(), 99 in Get())
class GetStop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(1 in GetStop(), 5 in GetStop())
class GetKey:
    def __getitem__(self, i):
        raise KeyError(i)
show(lambda: 1 in GetKey())
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
show(lambda: 1 in ContainsNone())
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return 1
show(lambda: 1 in IterNone())
class Nothing:
    pass
show(lambda: 1 in Nothing())
show(lambda: 1 in 5)
show(lambda: 'a' in None)
show(lambda: 1 in 'abc')
show(lambda: [] in 'abc')
show(lambda: b'a' in 'abc')
show(lambda: 'a' in b'abc')
show(lambda: 300 in b'abc')
show(lambda: [] in {1: 2})
show(lambda: [] in {1})
show(lambda: [] in [1, []])
show(lambda: 1.0 in range(3))
show(lambda: 'a' in range(3))
# identity first, then ==
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, float('nan') in [nan])
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n in [n], n in (n,), n in {n: 0} if hasattr(n, '__hash__') and n.__hash__ else 'unhashable', NeverEq() in [n])
# __contains__ on the right operand only, even when left defines it
class Left:
    def __contains__(self, x):
        return True
print(Left() in [1], [1] in [Left()])
# a generator is consumed by in
g = (x for x in range(10))
print(3 in g, next(g), 3 in g)
# __iter__ returning something that is not an iterator
class BadIter:
    def __iter__(self):
        return 5
show(lambda: 1 in BadIter())
