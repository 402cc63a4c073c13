# printf-style % with mappings, '*' widths, and mixing rules
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"name": "Ann", "n": 42, "x": 3.14159, "lst": [1, 2], "(paren)": "p", "": "empty key"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)r %(n)x %(n)o %(n)#X %(x)e %(lst)s %(name)-6s| %(n)+05d" % d)
print("%(name)s %(name)s %(name)10s" % d, "%()s" % d, "%((paren))s" % d)
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s-%(c)s" % M(), "%(k)s" % {"k": None}, "no fields" % {"x": 1}, "%%(x)s" % {})
print("%*d|%-*d|%.*f|%*.*f|%-*s|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828, 6, "ab"))
print("%*s|" % (-6, "neg"), "%.*s|" % (2, "abcdef"), "%*c|" % (3, "z"), "%.*d" % (5, 42))
print("%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % "q", "%a" % "é")
t(lambda: "%(name)s %s" % d)
t(lambda: "%s %(name)s" % d)
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s" % ("tuple",))
t(lambda: "%(name" % d)
t(lambda: "%(name)*d" % d)
t(lambda: "%*d" % ("5", 1))
t(lambda: "%*d" % (5,))
t(lambda: "%.*f" % (2.0, 1.0))
t(lambda: "%(n)d %(n)" % d)
t(lambda: "%(name)d" % d)
t(lambda: "%(x)c" % d)
t(lambda: "%d" % {"a": 1})
t(lambda: "%s %s" % {"a": 1})
t(lambda: "%(a)s" % [1])
