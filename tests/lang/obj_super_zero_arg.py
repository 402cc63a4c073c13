# Zero-argument super(): the __class__ cell and the first argument.
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.cwho " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    def nested(self):
        def inner():
            return super().who()      # no arguments in inner: error
        return inner
    def via_lambda(self):
        return (lambda: super().who())   # lambdas cannot use zero-arg super
    def via_comprehension(self):
        return [super().who() for _ in range(2)]
    def late(self):
        x = self
        return super(B, x).who()
    def after_reassign(self):
        self = 5
        return super().who()

b = B()
print(b.who(), B.cwho(), b.cwho())
try:
    print(b.via_comprehension())      # 3.11: the comprehension is a function
except TypeError as e:
    print(type(e).__name__, e)
print(b.late())
for label, fn in [("nested", lambda: b.nested()()), ("lambda", lambda: b.via_lambda()()),
                  ("reassigned", b.after_reassign)]:
    try:
        print(label, fn())
    except (RuntimeError, TypeError) as e:
        print(label, type(e).__name__, e)

# __class__ is the class being defined, even through subclasses
class C(B):
    def cls_cell(self):
        return __class__
    def who(self):
        return "C>" + super().who()
print(C().cls_cell().__name__, C().who())

# super() at module level or in a plain function
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print(type(e).__name__, e)
def plain_with_arg(x):
    return super()
try:
    plain_with_arg(1)
except RuntimeError as e:
    print(type(e).__name__, e)

# super() in __init__ chains and with *args as first argument
class D(A):
    def who(*args):
        return "D>" + super().who()
try:
    print(D().who())
except RuntimeError as e:
    print(type(e).__name__, e)
class E(A):
    def who(*args):
        return super().who()
try:
    E.who()
except RuntimeError as e:
    print(type(e).__name__, e)

# a function defined outside a class but placed in one has no __class__
def outside(self):
    return super().who()
class F(A):
    m = outside
try:
    F().m()
except RuntimeError as e:
    print(type(e).__name__, e)

# super in __init_subclass__ and __new__ (static/class methods)
class G:
    def __new__(cls, *a):
        print("G.__new__", cls.__name__)
        return super().__new__(cls)
class H(G):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(type(H(1)).__name__)
