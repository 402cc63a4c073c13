# sys.settrace: call/line/return/exception events for functions, loops,
# handled and unhandled exceptions, nested calls.
import sys

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == 'call':
        arg = None
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def loop_for(n):
    total = 0
    for i in range(n):
        total += i
    return total

def loop_while(n):
    i = 0
    while i < n:
        i += 1
    else:
        i = -i
    return i

def handled():
    try:
        raise ValueError("bad")
    except ValueError as e:
        x = str(e)
    finally:
        y = 1
    return x

def inner():
    return 1 // 0

def outer():
    try:
        inner()
    except ZeroDivisionError:
        return "caught"

def nested_if(x):
    if x > 1:
        if x > 2:
            return "big"
        x += 10
    elif x < 0:
        return "neg"
    return x

def comprehension():
    return [i * 2 for i in range(2)]

def run():
    loop_for(3)
    loop_while(2)
    handled()
    outer()
    nested_if(5); nested_if(2); nested_if(-1)
    comprehension()

sys.settrace(tracer)
run()
sys.settrace(None)
for entry in log:
    print(*entry)
print(sys.gettrace())
