# bool: arithmetic gives ints, bitwise ops keep bools, repr/str/format,
# bool() of objects via __bool__ and __len__, and the subclassing error.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

T, F = True, False
for a in (T, F):
    for b in (T, F):
        print(a, b, repr(a + b), repr(a - b), repr(a * b), repr(a & b), repr(a | b), repr(a ^ b),
              repr(a == b), repr(a < b), repr(a ** b), repr(a << b), repr(a >> b))
print(repr(-T), repr(+T), repr(~T), repr(~F), repr(abs(T)), repr(T / 2), repr(divmod(T, 1)), repr(T * 1.5))
print(repr(T), str(F), format(T), format(T, "d"), format(T, "5"), format(F, ">6"), format(T, ".1f"), f"{T!s:^7}")
print("%s %d %r %5s %.1f %x" % (T, T, F, T, T, T), T.real, T.imag, T.numerator, int(T), float(F), complex(T))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool([]), bool(()), bool({}), bool(None))
print(bool(1), bool(-1), bool(0.1), bool(1j), bool("a"), bool([0]), bool(float("nan")), bool(2**100), bool(...))
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), not WithLen(0))
show("__bool__ returns int", lambda: bool(WithBool(1)))
show("__bool__ returns None", lambda: bool(WithBool(None)))
show("__len__ negative", lambda: bool(WithLen(-1)))
show("__len__ float", lambda: bool(WithLen(1.5)))
show("__len__ huge", lambda: bool(WithLen(2**100)))
show("if __bool__ str", lambda: 1 if WithBool("x") else 0)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
show("subclass bool", lambda: type("B", (bool,), {}))
try:
    class B2(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
show("bool(x=1)", lambda: bool(x=1))
show("bool(1, 2)", lambda: bool(1, 2))
print(bool.__new__(bool, 5), bool.__new__(bool), True.__class__ is bool, isinstance(True, int), bool.__mro__)
print(T is bool(1), F is bool(0), sum([T, T, T]), sorted([T, F, T, 0, 2]), max(T, 0), T == 1, T is not 1 if False else 0)
print(hash(T), hash(F), {True: "a", 1: "b"}, {0: "z", False: "y"}, [1, 2][T])
print(T.__and__(1), T.__and__(F), T.__or__(2), F.__xor__(F), T.__rand__(F), T.__ror__(0), bool.__and__(T, 3))
show("bool.__and__(1, 1)", lambda: bool.__and__(1, 1))
print(repr(True + 0), repr(True & 1), repr(True and 1), repr(False or 0), repr(not 0), repr(not 1))
