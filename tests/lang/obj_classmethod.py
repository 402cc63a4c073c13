# classmethod: binding to the class, __func__, __wrapped__, attributes.
class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
    @classmethod
    def create(cls):
        "create doc"
        return cls()

class B(A): pass
print(A.make(1), B.make(2), A().make(3), B().make())
print(A.count, B.count)

cm = A.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__name__, cm.__qualname__, cm.__doc__, A.__dict__["create"].__doc__)
print(type(A.make).__name__, A.make.__self__ is A, B.make.__self__ is B, B().make.__self__ is B)
print(A.make.__func__ is cm.__func__)
print(type(B.create()).__name__)

# classmethod objects have a __dict__ (3.10+)
cm2 = classmethod(lambda cls: cls)
cm2.extra = 5
print(cm2.extra, sorted(cm2.__dict__))

# binding by hand
def f(cls, x): return cls, x
bound = classmethod(f).__get__(None, int)
print(bound(1), bound.__self__)
bound2 = classmethod(f).__get__(3)
print(bound2(2))

# wrapping non-functions
class C:
    m = classmethod(print)
try:
    C.m("hello")
except TypeError as e:
    print(type(e).__name__, e)

# repr
print(repr(classmethod(f)).startswith("<classmethod("))

# errors
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(f, f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(f)()
except TypeError as e:
    print(type(e).__name__, e)

# classmethods in metaclasses and alternative constructors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class P3(Point): pass
print(Point.origin(), P3.origin())
# builtin classmethods
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
class D(dict): pass
print(type(D.fromkeys([1])).__name__)
print(int.from_bytes(b"\x01\x00", "big"))
