# except*: matching parts of a group, naked exceptions, reraise, raise of
# new exceptions, nesting, and what escapes.
def leaves(eg):
    if isinstance(eg, BaseExceptionGroup):
        return [leaves(e) for e in eg.exceptions]
    return "%s(%s)" % (type(eg).__name__, eg.args[0] if eg.args else "")

def run(fn):
    try:
        fn()
        print("  nothing escaped")
    except BaseExceptionGroup as eg:
        print("  escaped group:", eg.message, leaves(eg))
    except Exception as e:
        print("  escaped:", type(e).__name__, e)

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("  ValueError part:", g.message, leaves(g))
    except* TypeError as g:
        print("  TypeError part:", leaves(g))
run(basic)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("  handled ValueError only")
run(partial)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  naked wrapped:", type(g).__name__, repr(g.message), leaves(g))
run(naked)

def naked_unmatched():
    try:
        raise KeyError("plain")
    except* ValueError:
        print("  never")
run(naked_unmatched)

def nested():
    try:
        raise ExceptionGroup("outer", [
            ValueError("a"),
            ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
        ])
    except* ValueError as g:
        print("  nested match keeps shape:", leaves(g))
run(nested)

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(reraise)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new one")
run(raise_new)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as g:
        print("  tuple match:", leaves(g))
run(tuple_types)

def each_clause_once():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        print("  clause ran once with", len(g.exceptions))
    except* Exception as g:
        print("  never, all handled")
run(each_clause_once)

def with_else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
run(with_else_finally)

def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        print("  got", type(g).__name__, leaves(g))
run(base_exceptions)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(bad_type)

def the_name_after():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        pass
    try:
        return g
    except UnboundLocalError as e:
        return "unbound"
print(the_name_after())
