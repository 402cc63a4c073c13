# match or-patterns, as-patterns, guards with side effects, bindings left
# behind by failed cases, and the subject evaluated once.
def classify(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [1, _] | [_, 1] as pair:
            return "pair with a one: %r" % (pair,)
        case (str() | bytes()) as text if len(text) > 3:
            return "long text %r" % (text,)
        case str() | bytes():
            return "short text"
        case {"a": v} | {"b": v}:
            return "a-or-b %r" % (v,)
        case [(1 | 2) as first, *rest]:
            return "first %r rest %r" % (first, rest)
        case _:
            return "other"

for v in [0, 2, [1, 9], (9, 1), "hello", b"hi", {"b": 5}, {"a": 1, "b": 2}, [2, 3, 4], [3]]:
    print(repr(v), "->", classify(v))

calls = []
def subject():
    calls.append("subject")
    return 7
def guard(n):
    calls.append("guard %d" % n)
    return False
match subject():
    case int(n) if guard(1):
        pass
    case 7 if guard(2):
        pass
    case 7 as seven:
        calls.append("matched %d" % seven)
print(calls)

# a failed case may leave captures bound (implementation detail, but the
# guard case is defined: the capture happened before the guard)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("a and b after failed guard:", a, b)

# nested as-patterns and or-patterns binding the same names
def nested(x):
    match x:
        case ([a, b] as whole) | (a, b, whole):
            return a, b, whole
        case _:
            return None
print(nested([1, 2]), nested((1, 2, 3)), nested("no"))

# as with wildcard and with a class pattern
class P:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
match P(P(3)):
    case P(P(v) as inner) as outer:
        print(v, type(inner).__name__, outer.v is inner)

# match statement in a loop with break/continue inside cases
out = []
for item in [1, "s", None, 2, "stop", 3]:
    match item:
        case None:
            continue
        case "stop":
            break
        case int():
            out.append(item * 10)
        case str():
            out.append(item.upper())
print(out)

# match returns nothing; no case matched leaves no error
match 99:
    case 1:
        print("no")
print("no case matched, fine")
# soft keywords remain usable as names
match = [1]
case = 2
_ = 3
print(match, case, _)
