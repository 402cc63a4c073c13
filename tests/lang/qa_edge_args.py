# Extreme arguments that once reached undefined behaviour or a crash in C:
# a NUL fill character in a format spec, pad widths near -2**63, chr() of
# huge ints, generator.throw() with a bad traceback, and `except` with a
# metaclass whose __instancecheck__/__subclasscheck__ raise.

# NUL (and other odd) fill characters
for v in (0, -42, 3.5, float("inf"), 1 + 2j, "ab", True):
    for spec in ("\x00<6", "\x00>6", "\x00^7", "\x00=8", "\x01<4", "\U0010ffff^5"):
        try:
            print(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
print(repr(f"{12345:\x00>8,}"), repr("{:\x00^9}".format("mid")))

# pad widths at the edges of int64
for w in (-2**63, -2**63 + 1, -1, 0, 3):
    print(w, repr("ab".center(w)), repr("ab".ljust(w, "*")), repr("ab".rjust(w)),
          repr("-5".zfill(w)), repr(b"ab".center(w)), repr(b"ab".ljust(w)),
          repr(b"ab".rjust(w, b"*")), repr(bytearray(b"-1").zfill(w)))
for w in (2**63, -2**63 - 1):
    try:
        "x".center(w)
    except OverflowError as e:
        print(type(e).__name__, e)

# chr() reads a C int first
for c in (65, 0x10FFFF, 0x110000, -1, 2**31 - 1, 2**31, -2**31 - 1, 2**62, -2**63):
    try:
        print(repr(chr(c)))
    except (ValueError, OverflowError) as e:
        print(c, type(e).__name__, e)

# generator.throw(type, value, tb): tb must be a traceback or None
def gen():
    try:
        yield 1
    except ValueError as e:
        yield "caught %r" % (e,)

for tb in (None, 5, "tb"):
    g = gen()
    next(g)
    try:
        print(g.throw(ValueError, ValueError("v"), tb))
    except TypeError as e:
        print(type(e).__name__, e)
    g.close()
try:
    raise KeyError("k")
except KeyError as e:
    real_tb = e.__traceback__
g = gen()
next(g)
print(g.throw(ValueError, None, real_tb))

# `except C:` matches by the real class hierarchy: the metaclass hooks
# are not consulted (and their errors do not escape)
class Meta(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("instancecheck")
    def __subclasscheck__(cls, sub):
        if sub is cls:   # CPython asks this when it raises an instance
            return True
        raise RuntimeError("subclasscheck")

class Odd(Exception, metaclass=Meta):
    pass

class OddChild(Odd):
    pass

def attempt(exc, catch):
    try:
        raise exc
    except catch:
        return "caught"
    except BaseException as e:
        return "passed " + type(e).__name__

print(attempt(ValueError("v"), Odd))
print(attempt(OddChild("c"), Odd))
print(attempt(Odd("o"), (KeyError, Odd)))
print(attempt(KeyError("k"), (Odd, LookupError)))
try:
    isinstance(1, Odd)
except RuntimeError as e:
    print(type(e).__name__, e)
