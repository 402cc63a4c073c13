# __index__: used by slicing, sequence repetition, hex/oct/bin, range,
# int(x, base), bytes(n), list indexing, and its wrong-return-type errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(8):I(2)], "abcdef"[I(1):I(4)], (1, 2, 3)[I(0)])
print("ab" * I(3), [0] * I(2), I(2) * "x", hex(I(255)), oct(I(8)), bin(I(5)), list(range(I(4))))
print(range(10)[I(3)], bytes(I(3)), bytearray(I(2)), int("11", I(2)), format(I(5), "") if False else 0)
print((5).__index__(), True.__index__(), type(True.__index__()).__name__, (2**100).__index__() == 2**100)
print(pow(2, I(10)) if False else 0, round(1.2345, I(2)), "abcdef"[slice(I(1), None)])
class Big:
    def __index__(self):
        return 2**100
show("lst[Big()]", lambda: lst[Big()])
show("'a' * Big()", lambda: "a" * Big())
print(hex(Big()), Big().__index__() - 2**100)
class BadStr:
    def __index__(self):
        return "3"
show("lst[BadStr()]", lambda: lst[BadStr()])
show("hex(BadStr())", lambda: hex(BadStr()))
show("range(BadStr())", lambda: range(BadStr()))
class BadFloat:
    def __index__(self):
        return 3.0
show("'a' * BadFloat()", lambda: "a" * BadFloat())
# (an __index__ returning a bool or int subclass works with a
# DeprecationWarning, which Taipan does not print yet: not tested)
class Raises:
    def __index__(self):
        raise KeyError("nope")
show("lst[Raises()]", lambda: lst[Raises()])
show("hex(1.5)", lambda: hex(1.5))
show("lst[1.0]", lambda: lst[1.0])
show("lst['a']", lambda: lst["a"])
show("'ab' * 1.5", lambda: "ab" * 1.5)
show("range(1.5)", lambda: range(1.5))
show("bin(None)", lambda: bin(None))
# operator dunders on ints accept __index__ objects? (no: they are not ints)
show("1 + I(2)", lambda: 1 + I(2))
show("1 << I(2)", lambda: 1 << I(2))
# int() uses __index__ when there is no __int__
print(int(I(9)), int(I(-9)), float(I(3)) if False else 0, complex(I(2)) if False else 0)
show("float(I(3))", lambda: float(I(3)))
show("complex(I(2))", lambda: complex(I(2)))
