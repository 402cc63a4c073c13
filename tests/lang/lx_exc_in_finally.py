# Exceptions raised in finally blocks and handlers: replacement, context,
# and which one the caller sees.
def finally_raises():
    try:
        raise ValueError("from try")
    finally:
        raise KeyError("from finally")
try:
    finally_raises()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

def finally_raises_after_return():
    try:
        return "value"
    finally:
        raise RuntimeError("finally after return")
try:
    finally_raises_after_return()
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)

def handler_raises_finally_runs():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("handler")
            raise TypeError("from handler")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append("caught " + str(e))
    return log
print(handler_raises_finally_runs())

def else_raises_finally_runs():
    log = []
    try:
        try:
            log.append("try")
        except Exception:
            log.append("not here")
        else:
            raise OSError("from else")
        finally:
            log.append("finally")
    except OSError as e:
        log.append(repr(e.__context__))
    return log
print(else_raises_finally_runs())

def nested_finallies():
    try:
        try:
            try:
                raise ValueError(1)
            finally:
                raise ValueError(2)
        finally:
            raise ValueError(3)
    except ValueError as e:
        chain = []
        while e:
            chain.append(e.args[0])
            e = e.__context__
        return chain
print(nested_finallies())

def finally_handles_own():
    try:
        raise ValueError("kept")
    finally:
        try:
            raise KeyError("internal")
        except KeyError:
            pass
try:
    finally_handles_own()
except ValueError as e:
    print("original survives:", repr(e), e.__context__)

# a finally that reads the in-flight exception through a bare raise
def finally_reraises():
    try:
        raise IndexError("in flight")
    finally:
        print("finally runs with exception pending")
try:
    finally_reraises()
except IndexError as e:
    print(repr(e))

# exceptions in loops with finally and continue
def loop():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(i)
        except ValueError as e:
            results.append("err%s" % e)
            continue
        finally:
            results.append("f%d" % i)
    return results
print(loop())
