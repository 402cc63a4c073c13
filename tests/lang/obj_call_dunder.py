# __call__: instances as callables.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, kw
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2, extra=True))
print(callable(add5), callable(Adder), callable(5), callable(len), callable(None))

# __call__ looked up on the type, not the instance
class Plain: pass
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ assigned to the class later
Plain.__call__ = lambda self: "now callable"
print(callable(p), p())
del Plain.__call__
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

# argument errors point at __call__
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bad=2, scale=3, y=4)
    print("accepted")
except TypeError as e:
    print(type(e).__name__, e)

# __call__ can be any callable (staticmethod, another callable instance)
class Static:
    __call__ = staticmethod(lambda *a: ("static", a))
print(Static()(1, 2))
class Chained:
    __call__ = add5
try:
    print(Chained()(1))
except TypeError as e:
    print(type(e).__name__, e)

# a class with __call__ = None
class NoneCall:
    __call__ = None
try:
    NoneCall()()
except TypeError as e:
    print(type(e).__name__, e)

# recursion through __call__
class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)
print(Fact()(10))

# callable objects as methods: not bound (no __get__)
class Host:
    m = Adder(100)
print(Host().m(1))

# calling the class vs calling the instance
class Both:
    def __init__(self, *a):
        print("init", a)
    def __call__(self, *a):
        return ("call", a)
b = Both(1)
print(b(2))
print(type(b).__call__(b, 3))
