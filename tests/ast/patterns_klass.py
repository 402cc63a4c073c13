# Class patterns, including the `_=` keyword quirk.
match x:
    case C():
        pass
    case C(a):
        pass
    case C(a,):
        pass
    case C(a, b):
        pass
    case C(a=1):
        pass
    case C(a=1,):
        pass
    case C(a, b=1):
        pass
    case C(a, b, c=1, d=[e]):
        pass
    case C(_=1):
        pass
    case C(_):
        pass
    case C(_, _):
        pass
    case a.b.C(x, y=z):
        pass
    case C(match=1, case=2):
        pass
    case C(D(E(1)), F() as g):
        pass
    case C(a | b, c=(d | e)):
        pass
    case int() | str() | bytes():
        pass
