# `in`: __contains__, then __iter__, then __getitem__.
class C:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
print(1 in C(), 2 in C(), 2 not in C())

class ReturnsNonBool:
    def __contains__(self, x): return "truthy"
print(5 in ReturnsNonBool())
class ReturnsZero:
    def __contains__(self, x): return 0
print(5 in ReturnsZero(), 5 not in ReturnsZero())

class It:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
print(2 in It(), 5 in It())

class GI:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in GI(), 99 in GI())

# __contains__ = None disables the fallbacks
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)

# no protocol at all
for obj in (object(), 5, None):
    try:
        1 in obj
    except TypeError as e:
        print(type(e).__name__, e)

# exceptions inside propagate
class Raises:
    def __contains__(self, x): raise KeyError("inside")
try:
    1 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
class IterRaises:
    def __iter__(self):
        yield 1
        raise RuntimeError("iter broke")
print(1 in IterRaises())
try:
    2 in IterRaises()
except RuntimeError as e:
    print(type(e).__name__, e)

# identity before equality in the iteration fallback
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n in [n], n in (n,), n in {n}, n in {n: 1})

# dict/set subclasses with custom __contains__
class D(dict):
    def __contains__(self, k): return True
print("anything" in D(), "x" in dict())
class S(set):
    def __contains__(self, k): return k == "only"
print("only" in S(), "x" in S({"x"}))
