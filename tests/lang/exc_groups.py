# Exception groups: construction, split/subgroup, derive, except*.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, repr(bg))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as e:
    print("caught V", repr(e))
except* TypeError as e:
    print("caught T", repr(e))
except* OSError as e:
    print("caught O", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as e:
    print("rest propagates:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e.exceptions))
except* TypeError as e:
    print(type(e).__name__, repr(e.exceptions))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except KeyError as e:
    print("raised in except*:", repr(e), repr(e.__context__))
except ExceptionGroup as e:
    print("group:", repr(e))

# nested groups keep their shape through except*
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError as e:
        print("V:", repr(e))
    except* KeyError as e:
        print("K:", repr(e))
except ExceptionGroup as e:
    print("left:", repr(e))

# re-raising inside except* keeps the original group's structure
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))

# raising a new exception and leaving a rest: both in a new group
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except ExceptionGroup as e:
    print("mixed:", repr(e), [type(x).__name__ for x in e.exceptions])

# invalid except* types
for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError
        except* t:
            pass
    except TypeError as e:
        print("TypeError:", e)

# an except* handler that does not match anything lets the group through
def inner():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError as e:
        got = repr(e)
    return got
print(inner())
