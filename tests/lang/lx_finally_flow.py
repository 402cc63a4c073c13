# break, continue and return through try/finally; return in finally
# overriding returns and swallowing exceptions.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def swallow_in_except():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise TypeError("t")
        finally:
            return "finally wins"
    except Exception as e:
        return "outer saw " + repr(e)
print(swallow_in_except())

def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke at %d" % i
print(break_swallows())

def continue_swallows():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_swallows())

def order():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 2:
                    return log
                log.append("body%d" % i)
            finally:
                log.append("inner%d" % i)
        finally:
            log.append("outer%d" % i)
    return "unreachable"
print(order())

def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees", x)
print(value_evaluated_before_finally())

def mutable_return():
    l = []
    try:
        return l
    finally:
        l.append("added in finally")
print(mutable_return())

def nested_returns():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_returns())

def exc_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except Exception as e:
        return (repr(e), repr(e.__context__))
print(exc_in_finally_replaces())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("while finally", n)
    return n
print(while_finally())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gf = gen_finally()
for v in gf:
    print("got", v)
    break
gf.close()
print("after break")
