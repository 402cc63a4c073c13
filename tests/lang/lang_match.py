# match: value, singleton, sequence (with star), or, as and guard patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case [x, y]:
            return f"pair {x} {y}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case None:
            return "none"
        case (a, b) | [a, b, _]:
            return f"alt {a} {b}"
        case _:
            return "other"
for v in [0, 1, [3, 4], [1, 2, 3], [5, 6, 7, 8], {"k": 1, "z": 2}, {"q": 1}, Point(0, 5),
          Point(3, 0), Point(1, 1), "hello", "hi", None, 2.5, (1, 2, 3)]:
    print(describe(v))
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("x is", x)
