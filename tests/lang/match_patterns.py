# match: literal, capture, wildcard, value (dotted), or, as, guard, sequence with *rest.
class Color:
    RED = 1
    GREEN = 2
    class Inner:
        BLUE = 3

def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "s" "t":
            return "string st"
        case b"by":
            return "bytes"
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case Color.Inner.BLUE:
            return "blue"
        case x if isinstance(x, int) and x > 100:
            return f"big {x}"
        case _:
            return "other"

for v in [0, -1, 1.5, "st", b"by", True, False, None, 1, 3, 101, 7, 0.0, 1.0]:
    print(repr(v), lit(v))

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [1, 2] | [2, 1]:
            return "one-two"
        case [x, y] if x == y:
            return f"same {x}"
        case (x, y):
            return f"pair {x} {y}"
        case [first, *mid, last] if len(mid) > 2:
            return f"long {first} {mid} {last}"
        case [*head, "end"]:
            return f"ends {head}"
        case ["start", *tail]:
            return f"starts {tail}"
        case [[a, b], [c, *d]]:
            return f"nested {a} {b} {c} {d}"
        case [_, _, *_]:
            return "3+"
    return "nomatch"

for v in [[], (), [5], (5,), [1, 2], (2, 1), [4, 4], (3, 4), [1, 2, 3, 4, 5], ["a", "end"],
          ["start", 1, 2], [[1, 2], [3, 4, 5]], [1, 2, 3], "ab", b"ab", range(2), range(7),
          {1: 2}, 5]:
    print(repr(v), seq(v))

def orpat(v):
    match v:
        case 1 | 2 | 3 as n:
            return f"small {n}"
        case [1, x] | [x, 1] | (x, "one"):
            return f"x={x}"
        case (int() | float()) as num:
            return f"number {num}"
        case str() | bytes():
            return "text"
    return "none"

for v in [1, 2, 3, [1, 9], [9, 1], (7, "one"), 4, 4.5, "s", b"b", None]:
    print(repr(v), orpat(v))

# capture leaks to the enclosing scope; guard sees captures
match [10, 20]:
    case [a, b] if a > b:
        print("no")
    case [a, b]:
        print("captured", a, b)
print(a, b)

# as-pattern binding in nested positions
match (1, (2, 3)):
    case (x, (y, z) as inner) as whole:
        print(x, y, z, inner, whole)

# guard with side effects, evaluated only after the pattern matches
def g(v):
    print("guard", v)
    return v > 1
for n in [1, 2]:
    match n:
        case 5 if g(n):
            print("never")
        case m if g(m):
            print("matched", m)
        case _:
            print("fallthrough", n)

# strings are not sequences, iterators are not sequences
match "abc":
    case [*chars]:
        print("seq", chars)
    case str(s):
        print("str", s)
match iter([1, 2]):
    case [a, b]:
        print("iter seq")
    case _:
        print("iter not seq")
match [1, 2, 3]:
    case [*all_]:
        print("star all", all_)
