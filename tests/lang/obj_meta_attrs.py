# Metaclass attributes: visible on classes, not on instances.
class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
    @property
    def computed(cls):
        return cls.__name__.upper()

class A(metaclass=Meta):
    cls_attr = "from class"
a = A()
print(A.meta_attr, A.meta_method(), A.computed, A.cls_attr, a.cls_attr)
for name in ("meta_attr", "meta_method", "computed"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(A, "meta_attr"), hasattr(a, "meta_attr"), "meta_attr" in dir(A), "meta_attr" in vars(Meta))

# class attributes shadow metaclass non-data attributes
class B(metaclass=Meta):
    meta_attr = "shadowed by class"
    def meta_method(self):
        return "class method version"
print(B.meta_attr, B.meta_method(B()))
# but a metaclass data descriptor (property) wins over the class dict
class C(metaclass=Meta):
    computed = "class value"
print(C.computed, C.__dict__["computed"])
try:
    C.computed = 5
except AttributeError as e:
    print(type(e).__name__, e)

# inherited by subclasses (and their metaclass)
class D(A): pass
print(type(D).__name__, D.meta_method(), D.computed)

# type's own attributes reach every class
print(A.__name__, A.mro()[0].__name__, A.__subclasses__() == [D], type(A.__dict__).__name__)
try:
    a.mro()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__name__
except AttributeError as e:
    print(type(e).__name__, e)

# classmethods on the class vs methods on the metaclass
class Meta2(type):
    def who(cls): return "Meta2.who"
class E(metaclass=Meta2):
    @classmethod
    def who(cls): return "E.who classmethod"
print(E.who(), E().who(), type(E).who(E))
