# Generators and finally: order of cleanup on exhaustion, on return, on
# an exception inside, with yield inside try/except/else, return in finally.
log = []
def g1():
    try:
        log.append("start")
        yield 1
        log.append("after 1")
        yield 2
        log.append("after 2")
    finally:
        log.append("finally")
    log.append("end")
print(list(g1()), log)
log.clear()

def g2():
    try:
        yield 1
        return "early"
    finally:
        log.append("finally before StopIteration")
g = g2()
next(g)
try:
    next(g)
except StopIteration as e:
    log.append("StopIteration " + e.value)
print(log)
log.clear()

def g3():
    try:
        yield 1
        raise KeyError("inside")
    except KeyError as e:
        log.append("except " + str(e))
        yield 2
    else:
        log.append("else not reached")
    finally:
        log.append("finally")
print(list(g3()), log)
log.clear()

def g4():
    try:
        yield 1
    except ValueError:
        log.append("not raised")
    else:
        log.append("else")
        yield "from else"
    finally:
        log.append("finally")
print(list(g4()), log)
log.clear()

def g5():
    try:
        yield 1
        raise RuntimeError("swallowed")
    finally:
        return "finally return"
g = g5()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return in finally:", e.value)

def g6():
    for i in range(3):
        try:
            yield i
        finally:
            log.append("loop finally %d" % i)
print(list(g6()), log)
log.clear()

# nested generators: inner finally runs before the outer's code continues
def inner():
    try:
        yield "in"
    finally:
        log.append("inner finally")
def outer():
    try:
        yield from inner()
        log.append("outer continues")
        yield "out"
    finally:
        log.append("outer finally")
print(list(outer()), log)
log.clear()

# closing a generator paused in a loop with try/finally
g = g6()
next(g)
next(g)
g.close()
print(log)
