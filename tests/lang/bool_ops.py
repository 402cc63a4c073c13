# bool: a subclass of int with its own repr, and its arithmetic and bitwise results
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

B = [True, False]
for a in B:
    for b in B:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a is b, a ** b, a << b, a >> b)
        print(type(a & b).__name__, type(a | b).__name__, type(a ^ b).__name__, type(a + b).__name__)
for a in B:
    print(repr(a), str(a), int(a), float(a), -a, +a, ~a, abs(a), hash(a), a.real, a.imag, a.numerator)
    print(a & 1, type(a & 1).__name__, 1 | a, type(1 | a).__name__, a / 2, a // 1, a % 2, divmod(a, 3))
    print(a.bit_length(), a.conjugate(), type(a.conjugate()).__name__, a.as_integer_ratio(), round(a), type(round(a)).__name__)
show("True/False", lambda: True / False)
show("1 // False", lambda: 1 // False)
show("1.0 % False", lambda: 1.0 % False)
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(2**100), bool(float("nan")))
print(True + 0.5, True * 2.5, False - 1.5, sum([True, True, False]), max(True, 2), min(False, -1))
print(True == 1, True == 1.0, False == 0, True != 2, hash(True) == hash(1), {1: "a", True: "b"}, {True, 1, 1.0})
print(isinstance(True, int), type(True).__mro__, bool.__name__, True.__class__, issubclass(bool, object))
show("bool subclass", lambda: type("B", (bool,), {}))
show("bool(x, y)", lambda: bool(1, 2))
show("bool kw", lambda: bool(x=1))
class Z:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
class BadB:
    def __bool__(self): return 1
class BadL:
    def __len__(self): return -1
print(bool(Z()), bool(L()), not Z(), not L())
show("bad __bool__", lambda: bool(BadB()))
show("bad __len__", lambda: bool(BadL()))
print(format(True), format(True, "d"), format(False, "05"), f"{True!s:>6}", "%s %d %r" % (True, True, False))
print(True.__and__(1), True.__and__(True), True.__or__(False), True.__xor__(2), True.__rand__(False))
print(True.__index__(), True.__int__(), True.__repr__(), True.__str__(), bool.__new__(bool, 5))
print(int.__repr__(True), int.__str__(False), True.__add__(True), True.__neg__())
class R(int):
    def __repr__(self): return "R!"
class F(float):
    def __repr__(self): return "F!"
print(str(R(3)), repr(R(3)), f"{R(3)}", "%s" % R(3), str(F(1.5)), f"{F(2.5)}", format(R(3), ""), format(F(1.5), ".1f"))
print(float.__str__(1.5), int.__str__(7), bool.__str__(True), object.__str__(2.5))
