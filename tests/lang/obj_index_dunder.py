# __index__: used by slicing, range, hex/bin/oct, sequence repetition.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(5)], seq[::Idx(3)], "abcdef"[Idx(1)])
print(range(Idx(5)), list(range(Idx(1), Idx(7), Idx(2))), range(10)[Idx(4)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), [0] * Idx(3), Idx(2) * "ab", (1,) * Idx(2))
print(operator_index := Idx(9).__index__())
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__ needed:", int.__index__(5))
print(bytes(Idx(3)), bytearray(Idx(2)), format(Idx(10), "") if False else "")
print(divmod(7, 2), round(2.5, Idx(0)) if False else "", chr(Idx(65)))
seq[Idx(0)] = "first"
del seq[Idx(1)]
print(seq[:3])

# __index__ must return an int
class Bad:
    def __index__(self): return 1.5
for label, f in [("list", lambda: seq[Bad()]), ("range", lambda: range(Bad())),
                 ("hex", lambda: hex(Bad())), ("mul", lambda: [1] * Bad())]:
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)

# an int subclass instance is itself an index
class MyInt(int): pass
print(seq[MyInt(2)], hex(MyInt(4)), list(range(MyInt(4))))

# no __index__
class NoIdx:
    def __int__(self): return 3
for label, f in [("list", lambda: seq[NoIdx()]), ("range", lambda: range(NoIdx())),
                 ("hex", lambda: hex(NoIdx())), ("slice", lambda: seq[NoIdx():]),
                 ("mul", lambda: "a" * NoIdx())]:
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(int(NoIdx()))

# __index__ raising
class Raising:
    def __index__(self): raise ValueError("no index")
try:
    seq[Raising()]
except ValueError as e:
    print(type(e).__name__, e)

# bool and int themselves
print(seq[True], hex(True), range(True), [1, 2, 3][False:])
# huge __index__ values
class Huge:
    def __index__(self): return 2 ** 70
try:
    seq[Huge()]
except IndexError as e:
    print(type(e).__name__, e)
print(hex(Huge()), seq[:Huge()][:2])
