# types.GenericAlias (PEP 585): list[int], dict[str, int], type[C].
a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[bytes])
print(frozenset[str], enumerate[int], list[None], list[...], list["fwd"], list[1, 2])
class Local: pass
def fn(): pass
print(list[Local], dict[str, fn], list[len])

# equality and hashing
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(len({list[int], list[int], list[str]}))

# calling makes an instance of the origin
made = list[int]("abc")
print(made, type(made).__name__)
print(dict[str, int](a=1), tuple[int](range(3)))

# attribute access is forwarded to the origin
print(list[int].append is list.append, list[int].__name__, list[int].__qualname__)
print(list[int].__class__.__name__ if False else type(list[int]).__name__)

# as a base class: __mro_entries__ gives the origin
class MyList(list[int]):
    pass
print([c.__name__ for c in MyList.__mro__], MyList.__orig_bases__, MyList([1, 2]))
class Pair(tuple[int, int], Local):
    pass
print([c.__name__ for c in Pair.__mro__], Pair.__orig_bases__)
print(list[int].__mro_entries__(()))

# user classes with __class_getitem__ returning aliases
class Box:
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
print(Box[int], Box[int].__origin__ is Box, Box[str, bytes].__args__)

# errors
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("isinstance", lambda: isinstance([], list[int]))
attempt("issubclass", lambda: issubclass(list, list[int]))
attempt("subscript again", lambda: list[int][str])
attempt("type() base", lambda: type("X", (list[int],), {}))
attempt("int[0]", lambda: int[0])
attempt("object()[0]", lambda: object()[0])
attempt("alias + 1", lambda: list[int] + 1)

# __mro_entries__ protocol with a plain object
class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Local,)
class Uses(Stand(), int):
    pass
print([c.__name__ for c in Uses.__mro__], type(Uses.__orig_bases__[0]).__name__)
class BadEntries:
    def __mro_entries__(self, bases):
        return [Local]
try:
    class Fails(BadEntries()): pass
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class Nothing(Empty()): pass
print(Nothing.__bases__)

# annotations using aliases are evaluated at definition time
def annotated(x: list[int], y: dict[str, "Local"] = None) -> tuple[int, ...]:
    return x
print(annotated.__annotations__)
