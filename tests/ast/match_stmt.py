# Structural pattern matching: every pattern kind.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ['go', direction] | ['move', direction]:
        pass
    case [first, *rest]:
        pass
    case {'x': x, 'y': y, **others}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) as p:
        pass
    case int() | float():
        pass
    case 0 | 1 | -1 | 1.5 | 2+3j | -2-1j | 'str' | b'bytes' | None | True | False:
        pass
    case Color.RED:
        pass
    case (a, b) if a > b:
        pass
    case [*_]:
        pass
    case _:
        pass

match x,:
    case y:
        pass

match = 1
case = 2
match(x)
