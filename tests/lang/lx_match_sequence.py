# match sequence patterns: fixed length, star at each position, nesting,
# which types count as sequences.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [first, *middle, last] if len(middle) > 2:
            return "long: %r ... %r (%d in middle)" % (first, last, len(middle))
        case [*head, 0]:
            return "ends with zero, head %r" % (head,)
        case [0, *tail]:
            return "starts with zero, tail %r" % (tail,)
        case [a, b, *_]:
            return "at least two: %r %r" % (a, b)
    return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [5, 6, 0], (0, 7, 8), [9, 8, 7],
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(3), range(2), 42, iter([1])]:
    print(repr(v) if not isinstance(v, type(iter([]))) else "iterator", "->", shape(v))

# the star capture is always a list
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)

# nested sequences and mixing tuple/list syntax
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return (a, b, c, d)
        case [[[deep]]]:
            return "deep %r" % (deep,)
        case _:
            return None
print(nested([(1, 2), (3, 4, 5)]))
print(nested(([1, 2], [3])))
print(nested([[["x"]]]))
print(nested([[1, 2]]))

# a custom Sequence-like class is not a sequence for match unless registered
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
print(shape(Seq()))

# subclasses of list and tuple are sequences
class MyList(list):
    pass
print(shape(MyList([1, 2])))

# capture of the same sequence element by multiple patterns with guard
def guarded(x):
    match x:
        case [a, b] if a == b:
            return "same"
        case [a, b] if a > b:
            return "desc"
        case [a, b]:
            return "asc"
print(guarded([1, 1]), guarded([2, 1]), guarded([1, 2]))

# a sequence of length known only after iteration? len() is used
class Weird(list):
    def __len__(self):
        return 1
match Weird([1, 2]):
    case [x]:
        print("len says one:", x)
    case [x, y]:
        print("two")
