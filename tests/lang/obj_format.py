# __format__ and format(): object.__format__ rejects non-empty specs.
class Plain:
    def __str__(self): return "plain"
p = Plain()
print(format(p), format(p, ""), f"{p}", "{}".format(p), "{:}".format(p))
for spec in ("s", "10", ">5", "x"):
    try:
        format(p, spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f"{p:>10}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format(p)
except TypeError as e:
    print(type(e).__name__, e)

class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "":
            return f"${self.c / 100:.2f}"
        if spec == "cents":
            return f"{self.c}c"
        if spec.startswith("w"):
            return f"${self.c / 100:.2f}".rjust(int(spec[1:]))
        raise ValueError(f"bad spec {spec!r}")
m = Money(1234)
print(format(m), format(m, "cents"), f"{m}", f"{m:cents}", f"[{m:w12}]", "{0:cents}".format(m))
try:
    format(m, "zz")
except ValueError as e:
    print(type(e).__name__, e)

# nested format specs
width = 8
print(f"[{m:w{width}}]")

# __format__ must return a str
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

# format() argument errors
try:
    format(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__format__(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(p, ""))

# !r and !s conversions bypass __format__ of the object
class Conv:
    def __format__(self, spec): return "fmt:" + spec
    def __repr__(self): return "REPR"
    def __str__(self): return "STR"
c = Conv()
print(f"{c}", f"{c:x}", f"{c!r}", f"{c!s:>6}", f"{c!a}")

# subclasses of builtins keep the builtin __format__
class MyInt(int): pass
class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat(" + super().__format__(spec) + ")"
print(format(MyInt(255), "x"), f"{MyInt(7):03d}", format(MyFloat(2.5), ".3f"))
# __format__ on a str subclass
class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"
print(f"{Tag('a'):>3}", format(Tag("b")))
