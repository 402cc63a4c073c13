# Mapping patterns.
match x:
    case {}:
        pass
    case {**rest}:
        pass
    case {**rest,}:
        pass
    case {1: a}:
        pass
    case {1: a,}:
        pass
    case {"a": 1, b"b": 2, -1: 3, 1+2j: 4, None: 5, True: 6, False: 7, a.b: 8}:
        pass
    case {"a": 1, **rest}:
        pass
    case {"a": 1, **rest,}:
        pass
    case {"a": {"b": [1, 2, {**r}]}}:
        pass
    case {
        "multi": 1,
        "line": 2,
    }:
        pass
