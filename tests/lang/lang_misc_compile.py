# Compiler corners: __debug__, constant folding keeps types apart, decorators and
# default evaluation order, class keywords, starred calls, nested f-strings.
print(__debug__, 1 == 1.0, (1, 1.0, True), [0.0, -0.0], 2 * 3, "ab" * 2, -(-5), ~0)
order = []
def note(x):
    order.append(x)
    return x
def deco(tag):
    note("deco " + tag)
    def wrap(f):
        note("wrap " + tag)
        return f
    return wrap
@deco("outer")
@deco("inner")
def decorated(a=note("default a"), *, b=note("default b")):
    return a, b
print(order, decorated())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
class WithKw(object, metaclass=Meta, flag=1):
    pass
print(WithKw.kw, WithKw.__name__, WithKw.__qualname__, WithKw.__module__)
bases = (object,)
class Star(*bases):
    "doc of Star"
print(Star.__doc__, Star.__mro__[-1].__name__)
def kwonly(*args, sep="-", **rest):
    return sep.join(map(str, args)) + str(sorted(rest.items()))
print(kwonly(*[1, 2], *(3,), sep="+", **{"z": 1}, y=2))
w = 7
print(f"{'nested ' + f'{w:>{w - 4}}'!s:*^15}", f"{w!r}{w:03d}{{}}")
x = 10
print((lambda: (yield))().__class__.__name__ if False else "skip")
a = b = c = 1
print(a < b <= c == 1 != 2, 1 < 2 > 3, (1 < 2) < 3)
def uses_chain(v):
    return 0 < v < 10
print([uses_chain(v) for v in (-1, 5, 10)])
t = 1,
u = (*t, *t)
print(t, u, [*"ab", *{"k": 1}])
def g(*, key):
    return key
print(g(key="kw"))
print(1 if True else 2, (x := 5), x)
print({**{"a": 1}, **{"a": 2, "b": 3}})
s = "abcdef"
print(s[1:4], s[::-1], s[:-2], s[1:5:2])
