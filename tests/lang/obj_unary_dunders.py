# Unary dunders and numeric conversions.
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 1)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return ("trunc",)
    def __floor__(self): return ("floor",)
    def __ceil__(self): return ("ceil",)
    def __repr__(self): return f"N({self.v})"

n = N(-5)
print(-n, +n, abs(n), ~n, int(n), float(n), complex(n), round(n), round(n, 2))
print(-(-n), abs(-n), int(N(7.9)), float(N(3)))
print(n.__trunc__(), n.__floor__(), n.__ceil__())

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Empty: pass
e = Empty()
attempt("-", lambda: -e)
attempt("+", lambda: +e)
attempt("abs", lambda: abs(e))
attempt("~", lambda: ~e)
attempt("int", lambda: int(e))
attempt("float", lambda: float(e))
attempt("complex", lambda: complex(e))
attempt("round", lambda: round(e))

# wrong return types from conversions
class BadInt:
    def __int__(self): return "3"
class BadFloat:
    def __float__(self): return 3
class BadComplex:
    def __complex__(self): return 1.5
attempt("bad int", lambda: int(BadInt()))
attempt("bad float", lambda: float(BadFloat()))
attempt("bad complex", lambda: complex(BadComplex()))

# fallbacks: float() via __index__, int() via __index__ (and __trunc__ deprecated)
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
# int() on a str subclass and bytes
class S(str): pass
print(int(S("12")), float(S("1.5")), int(b"7"), float(b" 2.5 "))
# bool subclasses are not allowed; int subclass results
class I(int):
    def __neg__(self): return "neg of I"
print(-I(3), +I(3), type(+I(3)).__name__, abs(I(-3)), type(abs(I(-3))).__name__)
# unary operators on bool
print(-True, +False, ~True, abs(True), type(-True).__name__)
