# Multi-line patterns, non-ASCII names and strings, comments between cases.
match x:
    case 1 :
        pass
    case (
        1
        |
        2
    ):
        pass
    case [
        a,
        b,
    ]:
        pass
    case -1 | -1.0 | -1j | -0x1 | 1_000:
        pass
    case 1.0-2.5j | 10e10+1J:
        pass
    case "été" | "日本":
        pass
    case été.ü:
        pass
    case Point(x=été):
        pass
    case {"é": été}:
        pass
    case 123456789012345678901234567890:
        pass
match (x
       ):
    case 1: pass
match x:
    case 1: pass
    # comment
    case 2: pass

    case 3:
        pass
# trailing
x = 1
