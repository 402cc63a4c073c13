# __instancecheck__ / __subclasscheck__ on metaclasses.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=Meta): pass
class Mallard:
    def quack(self): pass
class Dog: pass

print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))
# exact type match short-circuits: no hook call
print(isinstance(Duck(), Duck))

# hook return values are truth-tested
class Truthy(type):
    def __instancecheck__(cls, obj): return "yes"
    def __subclasscheck__(cls, sub): return 0
class T(metaclass=Truthy): pass
print(isinstance(1, T), issubclass(int, T))

# exceptions from the hook propagate
class Raising(type):
    def __instancecheck__(cls, obj): raise RuntimeError("no checks")
class R(metaclass=Raising): pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)

# abc-like registration without the abc module
class Registry(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._registered = set()
    def register(cls, sub):
        cls._registered.add(sub)
        return sub
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
    def __subclasscheck__(cls, sub):
        return any(issubclass(sub, r) for r in cls._registered) or type.__subclasscheck__(cls, sub)
class Sized(metaclass=Registry): pass
Sized.register(list)
@Sized.register
class Bag: pass
class Real(Sized): pass
print(isinstance([], Sized), isinstance({}, Sized), isinstance(Bag(), Sized), isinstance(Real(), Sized))
print(issubclass(list, Sized), issubclass(dict, Sized), issubclass(Real, Sized))

# type's own hooks called directly
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool), type.__instancecheck__(int, "x"))
try:
    type.__subclasscheck__(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
# __instancecheck__ defined on the class itself (not the metaclass) is not used
class Own:
    def __instancecheck__(self, obj): return True
print(isinstance(1, Own))
