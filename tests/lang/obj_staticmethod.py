# staticmethod: no binding, callable directly (3.10+), attributes.
class A:
    @staticmethod
    def add(x, y):
        "adds"
        return x + y
    @staticmethod
    def nothing():
        return "nothing"

print(A.add(1, 2), A().add(3, 4), A.nothing())
sm = A.__dict__["add"]
print(type(sm).__name__, sm.__func__.__name__, sm.__wrapped__ is sm.__func__, sm.__doc__)
print(sm(5, 6))                      # callable since 3.10
print(A.add is sm.__func__, A().add is sm.__func__)
print(sm.__name__, sm.__qualname__)

# __get__ just returns the function
print(sm.__get__(None, A) is sm.__func__, sm.__get__(1) is sm.__func__)

# implicit staticmethod: __new__
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(N.__dict__["__new__"]).__name__)

# staticmethods in subclasses, overriding
class B(A):
    @staticmethod
    def add(x, y):
        return A.add(x, y) * 10
print(B.add(1, 2), B().add(1, 1))

# wrapping builtins and other callables
class C:
    p = staticmethod(len)
    q = staticmethod(lambda *a: a)
print(C.p("abc"), C().p([1]), C.q(1, 2), C().q())

# attributes and __dict__
s = staticmethod(lambda: 1)
s.tag = "t"
print(s.tag, "tag" in s.__dict__, s.__name__)

# errors
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(5)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.add(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(staticmethod(len)))

# staticmethod of staticmethod
ss = staticmethod(staticmethod(lambda: "inner"))
class D:
    f = ss
print(type(D.f).__name__, D.f())
