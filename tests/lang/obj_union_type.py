# types.UnionType (PEP 604): X | Y on classes.
u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | str | None, (int | str) | (bytes | int))
print(int | int, (int | int) is int, type(int | int).__name__)
print(list[int] | None, int | list[str])
class C: pass
print(C | None)

# equality ignores order; hashing agrees
print(int | str == str | int, int | str == int | bytes, hash(int | str) == hash(str | int))
print((int | str) == (int | str | int))

# isinstance / issubclass accept unions
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(type(e).__name__, e)

# unions in annotations
def f(x: int | None = None) -> str | bytes:
    return str(x)
print(f.__annotations__)

# errors: only classes, None, aliases and unions combine
for bad in (lambda: int | 1, lambda: 1 | int, lambda: int | "str", lambda: C() | int):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (int | str)[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (int | str)()
except TypeError as e:
    print(type(e).__name__, e)

# a metaclass __or__ takes precedence
class Meta(type):
    def __or__(cls, other):
        return f"Meta.__or__({cls.__name__}, {other.__name__})"
    def __ror__(cls, other):
        return f"Meta.__ror__({cls.__name__}, {other.__name__})"
class M(metaclass=Meta): pass
print(M | int, int | M)
print(type.__or__(int, str), type.__ror__(int, str))
