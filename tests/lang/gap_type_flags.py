class A: pass
class L(list): pass
class E(Exception): pass
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
bits = {'HEAPTYPE': 1 << 9, 'BASETYPE': 1 << 10, 'IMMUTABLE': 1 << 8, 'ABSTRACT': 1 << 20,
        'LONG': 1 << 24, 'LIST': 1 << 25, 'TUPLE': 1 << 26, 'BYTES': 1 << 27, 'UNICODE': 1 << 28,
        'DICT': 1 << 29, 'EXC': 1 << 30, 'TYPE': 1 << 31, 'SEQ': 1 << 5, 'MAP': 1 << 6}
for t in (int, bool, str, bytes, list, tuple, dict, type, object, A, L, E, ValueError, Ab):
    print(t.__name__, sorted(k for k, b in bits.items() if t.__flags__ & b), type(t.__flags__).__name__)
print(tuple.__itemsize__, int.__itemsize__, bytes.__itemsize__, list.__itemsize__, A.__itemsize__)
print(type(A.__basicsize__).__name__)
try:
    A.__flags__ = 3
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
lst = [0]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
for f in (lambda: lst * size,):
    try: f()
    except (MemoryError, OverflowError) as e: print(type(e).__name__)
