# complex: no ordering, no int/float conversion, attributes are read-only,
# hash consistency with reals, __getnewargs__, subclasses, truthiness,
# equality with ints/floats, methods called unbound.
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

z = 3 + 4j
show("z < 1", lambda: z < 1)
show("1 <= z", lambda: 1 <= z)
show("z > z", lambda: z > z)
show("sorted", lambda: sorted([1j, 2j]))
show("int(z)", lambda: int(z))
show("float(z)", lambda: float(z))
show("z.real = 1", lambda: setattr(z, "real", 1))
show("z.imag del", lambda: delattr(z, "imag"))
show("z.foo", lambda: z.foo)
show("z.x = 1", lambda: setattr(z, "x", 1))
show("getnewargs", lambda: z.__getnewargs__())
show("complex.__complex__", lambda: z.__complex__())
show("conjugate arg", lambda: z.conjugate(1))
show("hash(3+0j) == hash(3)", lambda: hash(3 + 0j) == hash(3))
show("hash(1.5+0j) == hash(1.5)", lambda: hash(1.5 + 0j) == hash(1.5))
show("hash(-1+0j)", lambda: hash(-1 + 0j))
show("hash(0j)", lambda: hash(0j))
show("hash(1j)", lambda: hash(1j))
show("hash(-1j)", lambda: hash(-1j))
show("hash(2+3j)", lambda: hash(2 + 3j))
show("hash(complex(inf, 1))", lambda: hash(complex(float("inf"), 1)))
show("set", lambda: len({1, 1.0, 1 + 0j, True}))
show("dict", lambda: {1 + 0j: "a", 1: "b"})
show("eq", lambda: (1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, 2**53 + 1 + 0j == 2**53 + 1, 0j == -0.0))
show("eq big", lambda: complex(2**70) == 2**70)
show("eq huge", lambda: 10**400 == complex(1, 0))
show("ne str", lambda: 1j != "1j")
show("bool", lambda: (bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float("nan"), 0))))
show("complex.conjugate(1)", lambda: complex.conjugate(1))
show("complex.__abs__(3)", lambda: complex.__abs__(3))
show("complex.__eq__(1j, 1j)", lambda: complex.__eq__(1j, 1j))
show("complex.__lt__(1j, 1j)", lambda: complex.__lt__(1j, 1j))
show("real imag types", lambda: (type(z.real).__name__, type(z.imag).__name__, z.real, z.imag))
class C(complex):
    def __init__(self, *a):
        self.tag = "c"
c = C(1, 2)
show("subclass", lambda: (c, c.tag, c.real, type(c + 0).__name__, type(c.conjugate()).__name__, c == 1 + 2j))
show("subclass attr", lambda: C("3+4j").imag)
show("complex(c)", lambda: type(complex(c)).__name__)
show("int.real", lambda: ((5).imag, (5.5).imag, type((5).imag).__name__))
show("dir", lambda: sorted(n for n in dir(complex) if not n.startswith("_")))
