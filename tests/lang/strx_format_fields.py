# str.format field names: auto and manual numbering, attributes, indexes, keys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 3
    y = [10, 20, {"k": "v"}]
    def __getitem__(self, k):
        return "item " + repr(k)
p = P()
print("{} {} {}".format(1, 2, 3), "{2} {0} {1} {0}".format("a", "b", "c"), "{a} {b}".format(a=1, b=2))
print("{0.x} {0.y[1]} {0.y[2][k]} {p[key]} {p[3]} {p[-1]} {p[1.5]}".format(p, p=p))
print("{0[0]}{0[1]}".format("ab"), "{d[a]} {d[1]}".format(d={"a": "A", 1: "int"}), "{d[01]}".format(d={"01": "str"}) if False else "")
print("{0}{{literal}}{1}".format("<", ">"), "{{}}".format(), "}}{{".format(), "{{{0}}}".format("braced"))
print("{!r}".format("x"), "{0!s:>5}".format(1), "{:{}}".format("w", 5), "{0:{1}.{2}}".format(3.14159, 8, 3))
print("{}".format(None), "{0}".format([1, 2]), "{x}".format(x={"a"}), "{0[1]}".format((5, 6)))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{1}".format(1))
t(lambda: "{}".format())
t(lambda: "{x}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[k]}".format({}))
t(lambda: "{0[}".format(1))
t(lambda: "{0]}".format(1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0!}".format(1))
t(lambda: "{0!x}".format(1))
t(lambda: "{0!rr}".format(1))
t(lambda: "{0:}}".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0..x}".format(1))
t(lambda: "{0[]}".format(1))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{a.b.c}".format(a=1))
t(lambda: "{-1}".format(1))
t(lambda: "{0x1}".format(1))
t(lambda: "{ 0 }".format(1))
t(lambda: "{0 }".format(1))
