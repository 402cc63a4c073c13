# try/except/else/finally in every combination, with and without errors.
def run(label, raise_what, handle=True):
    log = []
    try:
        try:
            log.append("try")
            if raise_what:
                raise raise_what("x")
            log.append("try-end")
        except (ValueError, KeyError) as e:
            log.append("except " + type(e).__name__)
            if not handle:
                raise
        except TypeError:
            log.append("except TypeError")
            raise RuntimeError("converted")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer " + type(e).__name__)
    print(label, log)

run("none", None)
run("value", ValueError)
run("key", KeyError)
run("reraise", ValueError, handle=False)
run("type", TypeError)
run("unhandled", ZeroDivisionError)

def only_finally(fail):
    try:
        if fail:
            1 / 0
        return "ok"
    finally:
        print("finally", fail)
print(only_finally(False))
try:
    only_finally(True)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def except_else():
    for v in (1, 0):
        try:
            r = 10 // v
        except ZeroDivisionError:
            print("div by zero")
        else:
            print("result", r)
except_else()

def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("not here")
        else:
            raise ValueError("from else")
    except ValueError as e:
        print("else error caught outside:", e)
else_raises()

def bare_except():
    try:
        raise SystemError("anything")
    except:
        return "bare caught"
print(bare_except())

def except_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "no"
    except BaseException as e:
        return "base " + type(e).__name__
print(except_base())

def expr_class():
    kinds = [KeyError, IndexError]
    try:
        [][1]
    except kinds[1] as e:
        return "dynamic " + str(e)
print(expr_class())

def not_a_class():
    try:
        try:
            raise ValueError
        except 42:
            pass
    except TypeError as e:
        return str(e)
print(not_a_class())

def tuple_not_class():
    try:
        try:
            raise ValueError
        except (KeyError, "str"):
            pass
    except TypeError as e:
        return str(e)
print(tuple_not_class())

def first_match_wins():
    try:
        raise KeyError(1)
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError"
print(first_match_wins())
