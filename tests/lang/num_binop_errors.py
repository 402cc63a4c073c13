# binary and unary operators between numbers and other types: the
# TypeError messages, NotImplemented handling, reflected operand order,
# subclasses overriding reflected methods first.
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
       (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("@", lambda a, b: a @ b)]
pairs = [(1, "a"), ("a", 1), (1.5, None), (None, 2), (1j, []), ((), 1.5), (1, {}), (2**70, "x"), (True, b"x"), (1.0, 1j)]
for a, b in pairs:
    for name, f in ops:
        try:
            r = f(a, b)
            print(name, type(a).__name__, type(b).__name__, "->", repr(r))
        except (TypeError, OverflowError) as e:
            print(name, type(e).__name__, e)
for name, f in [("-", lambda a: -a), ("+", lambda a: +a), ("~", lambda a: ~a), ("abs", abs)]:
    for a in ["s", None, [], 1.5, 1j]:
        try:
            print(name, repr(f(a)))
        except TypeError as e:
            print(name, e)
class R:
    def __radd__(self, o):
        return "R.__radd__(%r)" % (o,)
    def __rsub__(self, o):
        return NotImplemented
    def __rpow__(self, o):
        return "R.__rpow__(%r)" % (o,)
    def __rlshift__(self, o):
        return "R.__rlshift__"
    def __rmatmul__(self, o):
        return "R.__rmatmul__"
print(1 + R(), 1.5 + R(), 1j + R(), 2 ** R(), True << R(), 1 @ R())
try:
    1 - R()
except TypeError as e:
    print(e)
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1, 1 - MyInt(2), 1.5 + MyInt(2), True + MyInt(1))
class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.__rmul__"
print(2 * MyFloat(1.5), 2.5 * MyFloat(1.5), MyFloat(1.5) * 2, 1j * MyFloat(1.0))
class Cmp:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "Cmp.__gt__"
print(1 < Cmp(), Cmp() > 1)
for a, b in [(1, "1"), ("1", 1), (1.5, []), (1j, 1j), (None, 0), (2**70, None)]:
    for name, f in [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]:
        try:
            print(f(a, b))
        except TypeError as e:
            print(e)
x = 5
try:
    x += "a"
except TypeError as e:
    print(e)
x = 1.5
try:
    x **= []
except TypeError as e:
    print(e)
try:
    x //= None
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
