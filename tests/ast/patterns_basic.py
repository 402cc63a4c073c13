# Literal, value and wildcard patterns.
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5e3 | 0x10:
        pass
    case 1+2j:
        pass
    case -1-2j:
        pass
    case - 3 + 4j:
        pass
    case 0j:
        pass
    case -0j:
        pass
    case "a":
        pass
    case "a" "b" 'c':
        pass
    case b"x":
        pass
    case f"x{y}":
        pass
    case None:
        pass
    case True | False:
        pass
    case a.b:
        pass
    case a.b.c.d:
        pass
    case _:
        pass
