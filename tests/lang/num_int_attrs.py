# int methods and attributes: bit_length, bit_count, as_integer_ratio,
# conjugate, numerator/denominator, real/imag, and the same on bools.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 1, -1, 2, -2, 7, -8, 255, -256, 2**62 - 1, -(2**62), 2**63, -(2**63), 2**64 - 1, 3**100, -(3**100)]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.numerator,
          v.denominator, v.real, v.imag, len(bin(v).lstrip("-0b")) if v else 0)
for v in [True, False]:
    r = v.as_integer_ratio()
    print(v, v.bit_length(), v.bit_count(), r, type(r[0]).__name__, repr(v.conjugate()), repr(v.numerator),
          repr(v.real), repr(v.imag), repr(v.denominator))
class Sub(int):
    pass
s = Sub(12)
for x in (s.real, s.numerator, s.conjugate(), s.as_integer_ratio()[0], +s, -s, abs(s), s.__index__(),
          s.__int__(), s.__trunc__(), s.__floor__(), s.__ceil__(), s.__round__(), s.__round__(-1)):
    print(repr(x), type(x).__name__)
print(int.bit_length(10), int.bit_count(-(2**70 - 1)), int.conjugate(True), int.real.__get__(5))
show("bit_length arg", lambda: (5).bit_length(1))
show("unbound on str", lambda: int.bit_length("x"))
show("set real", lambda: setattr(5, "real", 1))
show("set attr", lambda: setattr(5, "foo", 1))
show("numerator del", lambda: delattr(5, "numerator"))
show("missing attr", lambda: (5).foo)
show("float attr", lambda: (5).is_integer())
print((2**100).bit_length(), (-(2**100)).bit_length(), (2**100 - 1).bit_length(), (2**100 - 1).bit_count())
print(hasattr(5, "to_bytes"), hasattr(5, "from_bytes"), hasattr(int, "__index__"), callable(int.from_bytes))
print(sorted(n for n in dir(int) if not n.startswith("_")))
