# Enum-like classes built with metaclasses (no enum module).
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            type.__setattr__(cls, k, m)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __contains__(cls, m):
        return isinstance(m, cls) and m.name in cls._members
    def __setattr__(cls, k, v):
        if k in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {k!r}")
        super().__setattr__(k, v)

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self is Color.RED

print(list(Color), len(Color), Color.RED, repr(Color.GREEN))
print(Color["BLUE"], Color(2), Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.RED in Color, 1 in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color).__name__)
print({Color.RED: "r"}[Color(1)], sorted(m.name for m in Color))
for bad in (lambda: Color(7), lambda: Color["PINK"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
Color.extra = "allowed"
print(Color.extra)

# members are singletons created once; subclasses get their own members
class Shade(Color):
    DARK = 10
print(list(Shade), Shade(10), len(Color))

# flag-like combination through __or__ on members
class Perm(Enum):
    R = 4
    W = 2
    X = 1
    def __or__(self, other):
        v = self.value | other.value
        return v
print(Perm.R | Perm.W, Perm.R | Perm.W | 0 if False else Perm.R.value | Perm.X.value)
# auto numbering via __prepare__-free counting
counter = iter(range(1, 100))
class Auto(Enum):
    A = next(counter)
    B = next(counter)
print([(m.name, m.value) for m in Auto])
