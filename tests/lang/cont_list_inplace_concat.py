# list + and += with other iterables, tuple + and +=, and the messages
# for mismatched operand types; __radd__/__iadd__ priority
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: [1] + 'ab')
show(lambda: [1] + None)
show(lambda: (1,) + 'a')
show(lambda: () + range(2))
show(lambda: [] + {1: 2})
show(lambda: 'a' + [1])
show(lambda: 1 + [1])
print([1] + [2], (1,) + (2,), [] + [], () + ())
a = [1]
a += (2, 3); print(a)
a += 'xy'; print(a)
a += range(2); print(a)
a += {'k': 0}; print(a)
a += (i * 10 for i in range(2)); print(a)
a += a; print(a)
def iadd(x, y):
    x += y
    return x
show(lambda: iadd([1], 5))
show(lambda: iadd([1], None))
show(lambda: iadd((1,), [2]))
show(lambda: iadd((1,), 'a'))
print(iadd((1,), (2,)))
# += keeps the list's identity, + makes a new one
b = [1]
c = b
b += [2]
print(c, b is c)
b = b + [3]
print(c, b is c)
# a class with __radd__ wins over list +
class R:
    def __radd__(self, other):
        return 'radd %r' % (other,)
print([1] + R(), (1,) + R())
class RL(list):
    def __radd__(self, other):
        return 'subclass radd'
print([1] + RL([2]))
class AddOnly(list):
    def __add__(self, other):
        return 'subclass add'
print(AddOnly([1]) + [2], [2] + AddOnly([1]))
class I:
    def __iadd__(self, other):
        return 'iadd'
x = I()
x += [1]
print(x)
class NoIadd(list):
    def __add__(self, other):
        return 'add used'
y = NoIadd([1])
y += [2]
print(y, type(y).__name__)
# extending during iteration via +=
z = [1, 2]
for v in z:
    if len(z) < 6:
        z += [v * 10]
print(z)
# tuple + with a tuple subclass
class T(tuple):
    pass
print(type(T((1,)) + (2,)).__name__, type((1,) + T((2,))).__name__, T((1,)) + T((2,)))
