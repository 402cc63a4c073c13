# __setattr__ and __delattr__ overrides, object.__setattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(1)
print(f.x)
for op in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x"), lambda: setattr(f, "y", 1)):
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
object.__delattr__(f, "x")
print(hasattr(f, "x"))

class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
del v.age
try:
    del v.age
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ is used for augmented assignment too
class Counting:
    def __init__(self):
        object.__setattr__(self, "n", 0)
        object.__setattr__(self, "sets", 0)
    def __setattr__(self, name, value):
        object.__setattr__(self, "sets", self.sets + 1)
        object.__setattr__(self, name, value)
c = Counting()
c.n += 1
c.n += 1
print(c.n, c.sets)

# object.__setattr__ on builtins is refused
try:
    object.__setattr__(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__([], "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "append", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)

# __setattr__ on a class (via metaclass)
class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value)
class K(metaclass=Meta):
    pass
K.attr = 1
print(K.attr)
# __setattr__ is not called during class creation
class K2(metaclass=Meta):
    inside = 1
print(K2.inside)
