# user classes converting to numbers: __int__, __index__, __float__,
# __complex__ and their fallbacks; wrong return types and their messages;
# exceptions raised inside; conversion used by builtins and operators.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v
    def __complex__(self):
        return self.v
    def __index__(self):
        return self.v
for v in [7, 2**80, 2.5, 1j, "s", None, -1]:
    n = Num(v)
    show("int(%r)" % (v,), lambda: int(n))
    show("float(%r)" % (v,), lambda: float(n))
    show("complex(%r)" % (v,), lambda: complex(n))
    show("index %r" % (v,), lambda: [0, 1, 2][n])
class OnlyIndex:
    def __index__(self):
        return 4
show("int(OnlyIndex)", lambda: int(OnlyIndex()))
show("float(OnlyIndex)", lambda: float(OnlyIndex()))
show("complex(OnlyIndex)", lambda: complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self):
        return 1.25
show("int(OnlyFloat)", lambda: int(OnlyFloat()))
show("float(OnlyFloat)", lambda: float(OnlyFloat()))
show("complex(OnlyFloat)", lambda: complex(OnlyFloat()))
show("complex(OnlyFloat, OnlyFloat)", lambda: complex(OnlyFloat(), OnlyFloat()))
show("round(OnlyFloat)", lambda: round(OnlyFloat()))
class OnlyInt:
    def __int__(self):
        return 9
show("int(OnlyInt)", lambda: int(OnlyInt()))
show("float(OnlyInt)", lambda: float(OnlyInt()))
show("complex(OnlyInt)", lambda: complex(OnlyInt()))
show("hex(OnlyInt)", lambda: hex(OnlyInt()))
show("range(OnlyInt)", lambda: range(OnlyInt()))
class OnlyComplex:
    def __complex__(self):
        return 1 + 1j
show("complex(OnlyComplex)", lambda: complex(OnlyComplex()))
show("complex(1, OnlyComplex)", lambda: complex(1, OnlyComplex()))
show("float(OnlyComplex)", lambda: float(OnlyComplex()))
show("abs(OnlyComplex)", lambda: abs(OnlyComplex()))
class Raises:
    def __int__(self):
        raise ArithmeticError("no int")
    def __float__(self):
        raise LookupError("no float")
show("int(Raises)", lambda: int(Raises()))
show("float(Raises)", lambda: float(Raises()))
class FloatSub(float):
    pass
class RetFloatSub:
    def __float__(self):
        return 2.0
class ComplexSub(complex):
    pass
show("float(FloatSub)", lambda: float(FloatSub(1.5)))
show("complex(ComplexSub)", lambda: complex(ComplexSub(1, 2)))
show("int(FloatSub)", lambda: int(FloatSub(8.9)))
class Both:
    def __index__(self):
        return 1
    def __int__(self):
        return 2
show("int(Both)", lambda: int(Both()))
show("[5, 6][Both]", lambda: [5, 6][Both()])
show("hex(Both)", lambda: hex(Both()))
show("float(Both)", lambda: float(Both()))
# class-level attributes set to None block the conversion
class Blocked:
    __int__ = None
    __index__ = None
show("int(Blocked)", lambda: int(Blocked()))
show("float(Blocked)", lambda: float(Blocked()))
