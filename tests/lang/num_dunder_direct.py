# calling the numeric dunders directly: results, NotImplemented for
# foreign types, descriptor type checks, reflected variants, and their
# behaviour on int/float/complex/bool.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
             "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__lshift__", "__rlshift__",
             "__and__", "__ror__", "__xor__", "__divmod__", "__rdivmod__"]:
    out = []
    for a, b in [(7, 2), (7, 2.0), (7, "x"), (True, True), (-(2**70), 3)]:
        m = getattr(a, name, None)
        try:
            out.append(repr(m(b)) if m else "-")
        except Exception as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ["__add__", "__rsub__", "__mul__", "__truediv__", "__rfloordiv__", "__mod__", "__pow__", "__rpow__", "__divmod__"]:
    out = []
    for a, b in [(7.5, 2), (7.5, 2.0), (7.5, "x"), (7.5, 2**70), (-0.0, 1)]:
        try:
            out.append(repr(getattr(a, name)(b)))
        except Exception as e:
            out.append(type(e).__name__)
    print("float", name, " ".join(out))
for name in ["__add__", "__rsub__", "__mul__", "__truediv__", "__pow__", "__rpow__", "__eq__", "__ne__"]:
    out = []
    for a, b in [(1j, 2), (1j, 2.0), (1j, 1j), (1j, "x")]:
        try:
            out.append(repr(getattr(a, name)(b)))
        except Exception as e:
            out.append(type(e).__name__)
    print("complex", name, " ".join(out))
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), (5).__bool__(), (0).__bool__(), (5).__int__(), (5).__float__())
print((2.5).__neg__(), (2.5).__pos__(), (-2.5).__abs__(), (2.5).__bool__(), (2.5).__int__(), (2.5).__float__(), (1j).__neg__())
print(True.__neg__(), True.__invert__(), True.__abs__(), True.__int__(), True.__float__(), True.__index__(), True.__pos__())
show("int.__add__(1.5, 1)", lambda: int.__add__(1.5, 1))
show("float.__add__(1, 1.5)", lambda: float.__add__(1, 1.5))
show("complex.__add__(1, 1j)", lambda: complex.__add__(1, 1j))
show("int.__neg__('a')", lambda: int.__neg__("a"))
show("int.__add__()", lambda: int.__add__(1))
show("(1).__add__(1, 2)", lambda: (1).__add__(1, 2))
show("int.__add__(True, 2)", lambda: int.__add__(True, 2))
show("bool.__add__", lambda: bool.__add__ is int.__add__)
show("float.__trunc__(1)", lambda: float.__trunc__(1))
show("int.__pow__(2, 10, 7)", lambda: int.__pow__(2, 10, 7))
show("int.__rpow__(10, 2, 7)", lambda: int.__rpow__(10, 2, 7))
show("(2).__pow__(2, None)", lambda: (2).__pow__(2, None))
show("(2).__pow__(2, 'x')", lambda: (2).__pow__(2, "x"))
show("int.__lt__(1, 1j)", lambda: int.__lt__(1, 1j))
show("float.__eq__(1.0, 1j)", lambda: float.__eq__(1.0, 1j))
show("int.__hash__(5)", lambda: int.__hash__(5))
show("float.__hash__(0.5)", lambda: float.__hash__(0.5))
print(type(int.__add__).__name__, type((1).__add__).__name__, int.__add__.__name__, int.__add__.__qualname__, (1).__add__.__self__)
