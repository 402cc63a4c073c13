# Guards, nested matches, and `match`/`case` used as plain names.
match x:
    case 1 if y:
        pass
    case a if (b := a):
        pass
    case [a, b] if a > b and b is not None:
        pass
    case _ if lambda: 1:
        pass
def f():
    match x:
        case 1: return 1
        case 2: return 2; x = 3
        case _:
            match y:
                case z:
                    pass
            return 4
class C:
    match = 1
    match: int
    match(x)
    match.foo = 3
    print(match)
    match[1] = 2
    match -x
    match * x
    match = match
    case = 3
    _ = 4
match = {1: 2}
match[1]
match(1)
match - 1
match
match,
match, x = 1, 2
