# sum(): ints (with the fast small path spilling into big ints), floats
# (3.11 adds left to right), mixed types, start values, and the errors.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

print(sum([]), sum([], 5), sum(range(101)), sum(range(10**6, 10**6 + 100)), sum([2**62] * 4), sum([-(2**62)] * 5))
print(sum([2**63 - 1, 1]), sum([2**64, -(2**64), 1]), sum([10**30, 1, -(10**30)]), sum(iter([1, 2, 3]), 10))
print(repr(sum([0.1] * 10)), repr(sum([0.1, 0.2, 0.3])), repr(sum([1e100, 1.0, -1e100])), repr(sum([1.0, 1e100, 1.0, -1e100])))
print(repr(sum([1, 2.5, 3])), repr(sum([1, 2, 3.0])), repr(sum([1.5, True])), repr(sum([True, True, True])), repr(sum([1j, 2, 3.5])))
print(repr(sum([1e308, 1e308])), repr(sum([float("inf"), float("-inf")])), repr(sum([-0.0])), repr(sum([-0.0], -0.0)), repr(sum([], -0.0)))
print(repr(sum([0.1] * 10, 0.0)), repr(sum((x / 10 for x in range(10)))), repr(sum([2**53, 1.0, 1.0])), repr(sum([1.0, 2**53, 1.0])))
print(repr(sum([1, 10**400 - 10**400 + 1])), repr(sum([0.5, 10**20])), repr(sum([10**20, 0.5])))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(start=10, iterable=[1, 2]) if False else sum([1, 2], start=10))
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    __radd__ = __add__
    def __repr__(self):
        return "V(%r)" % self.n
print(sum([V(1), V(2)]), sum([V(1), 2.5], V(0)), sum([1, 2], V(10)))
show("sum(['a', 'b'], '')", lambda: sum(["a", "b"], ""))
show("sum([b'a'], b'')", lambda: sum([b"a"], b""))
show("sum([bytearray()], bytearray())", lambda: sum([bytearray(b"x")], bytearray()))
show("sum([1, 'a'])", lambda: sum([1, "a"]))
show("sum([1.5, 'a'])", lambda: sum([1.5, "a"]))
show("sum(['a'])", lambda: sum(["a"]))
show("sum(5)", lambda: sum(5))
show("sum()", lambda: sum())
show("sum([], 1, 2)", lambda: sum([], 1, 2))
show("sum([2**63, 1.5, 'x'])", lambda: sum([2**63, 1.5, "x"]))
show("sum([1e308, 10**400])", lambda: sum([1e308, 10**400]))
show("sum([1, None])", lambda: sum([1, None]))
def gen():
    yield 1
    raise KeyError("boom")
show("sum(gen())", lambda: sum(gen()))
show("sum([], 1, start=2)", lambda: sum([], 1, start=2))
show("sum([], x=2)", lambda: sum([], x=2))
show("sum(iterable=[])", lambda: sum(iterable=[]))
show("sum([1], start=0.5)", lambda: sum([1], start=0.5))
class S(str):
    pass
show("sum([], S())", lambda: sum([], S()))
