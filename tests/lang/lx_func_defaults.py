# Default values: evaluated once at def time, shared mutable defaults,
# __defaults__ / __kwdefaults__ reads and writes.
calls = []
def make_default(tag):
    calls.append(tag)
    return tag

def f(a=make_default("a"), *, b=make_default("b")):
    return a, b
print(calls)
f(); f(); f(1, b=2)
print(calls, f())

def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))

def g(a, b=2, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (20, 30)
g.__kwdefaults__ = {"d": 40, "e": 50}
print(g(1), g(1, 2))
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
g.__defaults__ = (7,)
print(g(1, 2))

def nokw(a, b=1):
    pass
print(nokw.__kwdefaults__)

try:
    g.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__kwdefaults__ = 3
except TypeError as e:
    print(type(e).__name__, e)

# default referencing an earlier global binding, not the later one
val = 1
def h(x=val):
    return x
val = 2
print(h())

# defaults evaluated left to right, positional before keyword-only
order = []
def k(a=order.append("pos1"), b=order.append("pos2"), *, c=order.append("kw1"), d=order.append("kw2")):
    pass
print(order)

# defaults in a loop-created function capture each iteration's value
fns = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fns])

# a default that is the function itself is impossible; a default may be a
# class defined before
class Sentinel:
    pass
_missing = Sentinel()
def opt(x=_missing):
    return x is _missing
print(opt(), opt(None))
