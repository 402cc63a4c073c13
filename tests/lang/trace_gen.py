# Tracing generators and coroutines: each resumption is a 'call', each
# yield a 'return'; exceptions leaving a frame give 'return' None.
import sys

log = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg if event in ('return', 'exception') else None))
    return tracer

def gen(n):
    for i in range(n):
        yield i
    return "done"

def delegator():
    r = yield from gen(2)
    yield r

def fails():
    x = 1
    raise KeyError(x)

def calls_fails():
    fails()

async def coro():
    return 5

def drive():
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

sys.settrace(tracer)
print(list(delegator()))
try:
    calls_fails()
except KeyError as e:
    print("KeyError", e)
print(drive())
g = gen(3)
next(g)
g.close()
sys.settrace(None)
for entry in log:
    print(*entry)
