# What a function returns through try/except/else/finally, and which
# statements run, for each path.
def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return "try-return", log
    except ValueError:
        log.append("except")
        if mode == "raise":
            return "except-return", log
    else:
        log.append("else")
        return "else-return", log
    finally:
        log.append("finally")
    return "end", log

for m in ["raise", "return", "normal"]:
    print(m, f(m))

def finally_overrides(mode):
    try:
        if mode:
            raise KeyError
        return "try"
    except KeyError:
        return "except"
    finally:
        if mode == "override":
            return "finally"
print(finally_overrides(None), finally_overrides("x"), finally_overrides("override"))

def return_in_loop_with_finally():
    log = []
    for i in range(5):
        try:
            if i == 3:
                return i, log
        finally:
            log.append(i)
print(return_in_loop_with_finally())

def nested_return_values():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_return_values())

def return_from_except_with_reraise_in_finally():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            return "from except"
        finally:
            print("  finally sees no pending error")
    except Exception as e:
        return "outer " + repr(e)
print(return_from_except_with_reraise_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                return "returned", out
        finally:
            if i == 1:
                continue
    return "loop finished", out
print(continue_in_finally())

def generator_return_in_finally():
    try:
        yield 1
    finally:
        return "gen finally return"
g = generator_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

def lambda_in_try():
    try:
        fn = lambda: 1 / 0
        return fn()
    except ZeroDivisionError as e:
        return "caught " + str(e)
print(lambda_in_try())
