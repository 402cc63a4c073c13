# __getattribute__: intercepts every attribute access.
class Logged:
    x = 1
    def __init__(self):
        self.y = 2
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method"

l = Logged()
print(l.x, l.y, l.method())
try:
    l.nope
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
b.shown = 1
print(b.shown, b.hidden, b.other)

# implicit special method lookup skips __getattribute__
class Sneaky:
    def __getattribute__(self, name):
        print("intercepted", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 7
    def __repr__(self):
        return "Sneaky()"
s = Sneaky()
print(len(s))
print(repr(s))
print(s.__len__())

# overriding to compute everything
class Everything:
    def __getattribute__(self, name):
        return name * 2
e = Everything()
print(e.ab, e.x)
print(type(e).__name__)       # type() does not use __getattribute__
print(e.__class__)            # but attribute access does

# super().__getattribute__
class Base:
    def __getattribute__(self, name):
        return "Base:" + name
class Derived(Base):
    def __getattribute__(self, name):
        if name == "special":
            return "Derived special"
        return super().__getattribute__(name)
d = Derived()
print(d.special, d.other)

# object.__getattribute__ with a non-string name
try:
    object.__getattribute__(l, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(l, 5)
except TypeError as e:
    print(type(e).__name__, e)

# __getattribute__ on a metaclass controls class attribute access
class Meta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "from meta"
        return super().__getattribute__(name)
class K(metaclass=Meta):
    real = 1
print(K.magic, K.real)
