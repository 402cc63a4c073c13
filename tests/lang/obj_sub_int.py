# Subclassing int: extra attributes, overridden methods, results' types.
class Flag(int):
    def __new__(cls, value, name="?"):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __repr__(self):
        return f"Flag({int(self)}, {self.name!r})"
    def __or__(self, other):
        return Flag(int(self) | int(other), f"{self.name}|{getattr(other, 'name', other)}")

r = Flag(1, "read")
w = Flag(2, "write")
print(r, w, r | w, r + w, type(r + w).__name__, type(r | w).__name__)
print(r == 1, r < w, hash(r) == hash(1), int(r), float(w), str(r), format(w, "03d"))
print(isinstance(r, int), issubclass(Flag, int), r.bit_length(), w.real, type(w.real).__name__)
print(r.name, vars(r), [r, w], sorted([w, r]))
r.extra = "x"
print(r.extra, r.__dict__)

class Celsius(int):
    unit = "C"
    def __str__(self):
        return f"{int(self)}{self.unit}"
    def __add__(self, other):
        return Celsius(int(self) + int(other))
t = Celsius(20)
print(t, t + 5, type(t + 5).__name__, 5 + t, type(5 + t).__name__, -t, type(-t).__name__)
print(f"{t}", "%d" % t, "%s" % t, repr(t), abs(Celsius(-3)), type(abs(Celsius(-3))).__name__)

# constructors and conversions
class Big(int): pass
b = Big("ff", 16)
print(b, type(b).__name__, Big(3.9), Big(), Big(True), type(Big(True)).__name__)
print(int(b), type(int(b)).__name__, Big(2 ** 80) > 2 ** 79, Big(2 ** 80) // 2 ** 70)
try:
    Big("x")
except ValueError as e:
    print(type(e).__name__, e)

# bool(...) of subclasses and math
print(bool(Big(0)), bool(Big(5)), Big(7) % 3, divmod(Big(7), 2), pow(Big(2), 5), Big(10) / 4)
print(Big(5).__index__(), [1, 2, 3][Big(1)], range(Big(3)), hex(Big(255)))

# overriding comparison keeps hash consistent only when __hash__ is given
class Loose(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(Loose(1) == 2, {Loose(1): "a"}[1])
# pickling-related methods exist
print(Big(5).__getnewargs__(), (5).__getnewargs__())
