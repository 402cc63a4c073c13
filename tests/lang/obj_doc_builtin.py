# __doc__ of builtin types and methods: present, a str or None.
for obj in [int, str, list, dict, tuple, object, type, float, bool, set, bytes]:
    d = obj.__doc__
    print(obj.__name__, type(d).__name__, d is not None and len(d) > 0)

for m in [list.append, dict.get, int.bit_length, object.__init__, object.__repr__,
          list.__len__, int.__add__, len, print, isinstance, getattr, dir]:
    d = m.__doc__
    print(m.__qualname__, type(d).__name__, d is not None and len(d) > 0)

# docs of types live in their dict (a str), but type's own is a descriptor
print(type(int.__dict__["__doc__"]).__name__, type(object.__dict__["__doc__"]).__name__)
print(type(type.__dict__["__doc__"]).__name__, type(type.__doc__).__name__)
print(type(None).__doc__, type(NotImplemented).__doc__)

# bound builtin methods share the doc
print([].append.__doc__ == list.append.__doc__)
print((1).__add__.__doc__ == int.__add__.__doc__)

# instances of builtins see the type's doc
print((5).__doc__ == int.__doc__, [].__doc__ == list.__doc__)

# user subclasses of builtins do not inherit the doc
class MyList(list): pass
print(MyList.__doc__)
class MyInt(int):
    "my int"
print(MyInt.__doc__, MyInt(3).__doc__)

# the doc of a builtin type cannot change; a class's can
try:
    list.__doc__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del object.__doc__
except TypeError as e:
    print(type(e).__name__, e)
MyInt.__doc__ = "changed"
print(MyInt.__doc__, MyInt.__dict__["__doc__"])
class WithSlots:
    __slots__ = ()
    "not a doc: after the first statement"
print(WithSlots.__doc__)
