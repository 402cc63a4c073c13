# __doc__ of user classes, functions, methods and properties.
class Documented:
    """Class docstring."""
    def method(self):
        """Method docstring."""
    def nodoc(self):
        pass
    @property
    def prop(self):
        """Property docstring."""
        return 1
    @staticmethod
    def sm():
        "static doc"
    @classmethod
    def cm(cls):
        "class doc"

print(Documented.__doc__)
print(Documented().__doc__)
print(Documented.method.__doc__, Documented().method.__doc__)
print(Documented.nodoc.__doc__)
print(Documented.prop.__doc__, Documented.sm.__doc__, Documented.cm.__doc__)
print(Documented.__dict__["__doc__"])

class Undocumented:
    x = 1
print(Undocumented.__doc__, "__doc__" in Undocumented.__dict__)

class Child(Documented):
    pass
print(Child.__doc__)   # not inherited

def f():
    """First line.

    More text."""
print(repr(f.__doc__))
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
def h():
    1
    "also not"
print(h.__doc__)
lam = lambda: "x"
print(lam.__doc__)

# setting docs
f.__doc__ = "new"
print(f.__doc__)
Undocumented.__doc__ = "set later"
print(Undocumented.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

# f-strings are not docstrings
def fs():
    f"""no {1}"""
print(fs.__doc__)

# a class whose __doc__ is a non-string
class NumDoc:
    __doc__ = 42
print(NumDoc.__doc__)

# property doc from the getter; explicit doc wins
p = property(lambda self: 1, doc="explicit")
print(p.__doc__)
def getter(self):
    "getter doc"
print(property(getter).__doc__)
print(property().__doc__)
