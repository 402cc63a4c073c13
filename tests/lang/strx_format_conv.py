# conversions !r !s !a in str.format and f-strings, with __repr__/__str__/__format__ overrides
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __repr__(self):
        return "C-repr-é"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format[" + spec + "]"
c = C()
print("{0} {0!s} {0!r} {0!a} {0:spec} {0!s:>8} {0!r:^12}|".format(c))
print(f"{c} {c!s} {c!r} {c!a} {c:spec} {c!s:>8} {c!r:^12}|")
for v in ["é\n", 5, 2.5, None, [1, "x"], b"b", ("t",), {"k": "ü"}, 1j, True]:
    print("{0!s}|{0!r}|{0!a}|{0}".format(v), f"{v!r:>10}|{v!a:<12}|")
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
t(lambda: "{!r}".format(BadRepr()))
t(lambda: "{!s}".format(BadStr()))
t(lambda: "{}".format(BadStr()))
t(lambda: "{}".format(BadFormat()))
t(lambda: f"{BadFormat()}")
t(lambda: format(BadFormat()))
t(lambda: f"{BadStr()!s}")
t(lambda: "{!a}".format(BadRepr()))
t(lambda: format(c, 5))
t(lambda: format(object(), "x"))
