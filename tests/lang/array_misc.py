import array, weakref, sys, struct, collections.abc as abc
a = array.array('i', [1, 2, 3])
r = weakref.ref(a); print(r() is a)
print(isinstance(a, abc.MutableSequence), isinstance(a, abc.Sequence))
print(struct.unpack('3i', a), struct.pack_into('i', a, 0, 7), a)
print(a.__sizeof__() > 0, array.ArrayType is array.array)
print(bytes(a), bytearray(a), memoryview(a).cast('B')[:4].tolist())
print(a.tobytes().hex(), int.from_bytes(array.array('B',[1,2]), 'little'))
import io
b = io.BytesIO(); b.write(a); print(b.getvalue())
f = io.BytesIO(b'\x05\x00\x00\x00'); c = array.array('i', [0]); f.readinto(c); print(c)
match a:
    case [x, *rest]: print('seq', x, rest)
print(array.array('u', 'ab') == array.array('u', 'ab'), array.array.__module__, array.array.__name__, array.array.__qualname__)
print(array.array.__doc__[:30])
print(repr(array.array('d', [1e300*10, -0.0, float('nan')])))
print(array.array('f', [1e40]))
import copy
print(copy.deepcopy([a, a])[0] is not a)
print(sorted(array.array('i', [3, 1, 2])), sum(array.array('d', [0.5, 1])), max(array.array('b', [-1, 5])))
print(list(reversed(array.array('i', [1, 2, 3]))))
print(array.array('i', [1, 2]) != array.array('i', [1, 2]), a.__class__.__name__)
s = array.array('b', range(10)); s[2:8:2] = array.array('b', [0, 0, 0]); print(s)
print(hasattr(array.array, '__class_getitem__'))
class S(array.array):
    def __init__(self, tc, init=(), flag=0): self.flag = flag
s = S('i', [1], flag=3); print(s, s.flag)
try:
    array.array('i', [1], flag=3)
except TypeError as e:
    print(e)
