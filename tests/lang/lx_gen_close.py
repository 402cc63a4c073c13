# Generator close(): GeneratorExit, finally blocks, ignoring GeneratorExit,
# returning a value on close, closing unstarted and finished generators.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
next(g)
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")

def sees_exit():
    try:
        yield
    except GeneratorExit as e:
        print("got", type(e).__name__, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise

g = sees_exit()
next(g)
g.close()

def ignores():
    ignored = 0
    while True:
        try:
            yield "value"
        except GeneratorExit:
            ignored += 1
            print("ignoring exit", ignored)
            if ignored == 2:
                raise

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.gi_suspended, g.close(), g.gi_suspended)

def returns_in_handler():
    try:
        yield
    except GeneratorExit:
        return "ret value lost"

g = returns_in_handler()
next(g)
print("close gives", g.close())

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

def never_started():
    print("not printed")
    try:
        yield
    finally:
        print("not printed either")
ns = never_started()
ns.close()
try:
    next(ns)
except StopIteration:
    print("unstarted then closed")

def finished():
    yield 1
f = finished()
list(f)
print(f.close())

# StopIteration raised in handler is also fine (it ends the generator)
def stops():
    try:
        yield
    except GeneratorExit:
        return
g = stops()
next(g)
print(g.close())

# close inside nested try/finally: both finally blocks run, inner first
def nested():
    try:
        try:
            yield
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()

# a yield inside finally during close is an error
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

# the generator's frame is gone after close
g = with_finally()
next(g)
g.close()
print(g.gi_frame)
