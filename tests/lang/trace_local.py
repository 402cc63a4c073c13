# What the trace functions return matters: None from 'call' means no
# local events; a local function can replace itself; f_trace can be set
# from outside; a raising tracer switches tracing off.
import sys

def f(a):
    b = a + 1
    c = b * 2
    return c

def g():
    x = 1
    y = 2
    return x + y

events = []
def global_only(frame, event, arg):
    events.append(('global', event, frame.f_code.co_name))
    return None

sys.settrace(global_only)
f(1); g()
sys.settrace(None)
print(events)

events = []
def second(frame, event, arg):
    events.append(('second', event, frame.f_lineno))
    return second
def first(frame, event, arg):
    events.append(('first', event, frame.f_lineno))
    if event == 'line':
        return second
    return first
sys.settrace(first)
f(2)
sys.settrace(None)
print(events)

# a tracer that raises: the exception propagates, tracing stops
def bad(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'g':
        raise RuntimeError("tracer failed")
    return bad
sys.settrace(bad)
try:
    g()
except RuntimeError as e:
    print("caught", e)
print("trace after error:", sys.gettrace())

# f_trace_lines = False: no line events, but return still comes
events = []
def nolines(frame, event, arg):
    frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name))
    return nolines
sys.settrace(nolines)
g()
sys.settrace(None)
print(events)

# f_trace set on the running frame (as pdb does) with a global tracer
events = []
def local(frame, event, arg):
    events.append((event, frame.f_lineno))
    return local
def glob(frame, event, arg):
    return None
def h():
    frame = sys._getframe()
    frame.f_trace = local
    sys.settrace(glob)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
h()
print(events)
print(type(sys._getframe().f_trace).__name__, sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)

# changing a local from the tracer (f_locals written back)
def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'k' and frame.f_lineno == 89:
        frame.f_locals['v'] = 42
    return setter
def k():
    v = 1
    return v
sys.settrace(setter)
print("k() =", k())
sys.settrace(None)
