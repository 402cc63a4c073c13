# Lambdas: defaults, varargs, nesting, immediate calls, in data structures.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
va = lambda *a, **k: (a, sorted(k.items()))
print(va(1, 2, x=3))
kwo = lambda *, k=5: k
print(kwo(), kwo(k=6))
po = lambda a, /, b: (a, b)
print(po(1, b=2))
print((lambda: "called at once")())
print((lambda x: lambda y: x * y)(3)(4))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda n: n % 3 == 0, range(10))))

# conditional expression and walrus inside lambda
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(sign(-1), sign(0), sign(1))
f = lambda: (y := 5) + y
print(f())

# lambda in class body does not see class attributes when called
class C:
    factor = 3
    scale = lambda self, x: x * self.factor
print(C().scale(2))

# lambda name and errors
try:
    add()
except TypeError as e:
    print(e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print(e)
print(add.__name__, add.__defaults__)

# recursion through a named lambda
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(8))

# lambda returning a tuple and a generator expression
pairs = lambda n: tuple((i, i * i) for i in range(n))
print(pairs(3))
# yield inside a lambda makes it a generator function
gl = lambda: (yield 1)
g = gl()
print(type(g).__name__, next(g))
