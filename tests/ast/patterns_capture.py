# Capture, as, group and sequence patterns; tuple subjects.
match (x):
    case y:
        pass
    case match:
        pass
    case case:
        pass
    case (y):
        pass
    case ((y)):
        pass
    case y as z:
        pass
    case (1 | 2) as z:
        pass
    case 1 | 2 as z:
        pass
    case ((1 as a) as b) as c:
        pass
    case _ as q:
        pass
match x, y:
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b,:
        pass
    case *_, :
        pass
    case a,:
        pass
    case (a, b) | [a, b]:
        pass
match x,:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case [a,]:
        pass
    case (a,):
        pass
    case [*a, b, *_]:
        pass
    case (*a,):
        pass
    case [[a, b], (c, d), [], ()]:
        pass
match *x, y:
    case _:
        pass
match *x,:
    case _:
        pass
match x := 5:
    case _:
        pass
match x, (y := 3), *z, :
    case _:
        pass
match await x if y else z:
    case _: pass
