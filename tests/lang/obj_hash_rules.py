# __hash__ rules: __eq__ without __hash__ makes instances unhashable.
class Plain: pass
p = Plain()
print(hash(p) == hash(p), type(hash(p)).__name__, Plain.__hash__ is object.__hash__)

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), hash(Both(7)) == hash(7))

# subclass of an eq-only class stays unhashable; defining __hash__ fixes it
class Sub(EqOnly): pass
try:
    hash(Sub())
except TypeError as e:
    print(type(e).__name__, e)
class Fixed(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Fixed())).__name__)

# explicit __hash__ = None
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)

# __hash__ returning non-int
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(12)
print(hash(IntSubHash()))

# builtin unhashables
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, []))
except TypeError as e:
    print(type(e).__name__, e)

# inheriting __eq__ from a builtin keeps its hash
class MyInt(int): pass
class MyList(list): pass
print(hash(MyInt(5)) == hash(5))
try:
    hash(MyList())
except TypeError as e:
    print(type(e).__name__, e)
class MyInt2(int):
    def __eq__(self, o): return True
try:
    hash(MyInt2(1))
except TypeError as e:
    print(type(e).__name__, e)
