# Augmented assignment failures: missing attributes and keys, read-only
# targets, errors in __iadd__, and what is left behind.
class O:
    pass
o = O()
try:
    o.count += 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "count"))

d = {}
try:
    d["k"] += 1
except KeyError as e:
    print(type(e).__name__, e)
print(d)

l = [1, 2]
try:
    l[5] += 1
except IndexError as e:
    print(type(e).__name__, e)

s = "abc"
try:
    s[0] += "x"
except TypeError as e:
    print(type(e).__name__, e)

t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
print(t)

class ReadOnly:
    @property
    def value(self):
        return 10
r = ReadOnly()
try:
    r.value += 1
except AttributeError as e:
    print(type(e).__name__, e)

class Slots:
    __slots__ = ("a",)
sl = Slots()
try:
    sl.a += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sl.b = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Bad:
    def __iadd__(self, other):
        raise ValueError("iadd refused")
b = Bad()
holder = [b]
try:
    holder[0] += 1
except ValueError as e:
    print(type(e).__name__, e)
print(holder[0] is b)

def local_unbound():
    n += 1
    return n
try:
    local_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_aug():
    x = 1
    def inner():
        nonlocal x
        x *= 10
        return x
    return inner(), inner(), x
print(free_aug())

# the subscript is evaluated before the failing lookup
calls = []
def key():
    calls.append("key")
    return "missing"
try:
    d[key()] -= 1
except KeyError as e:
    print("KeyError", e, calls)

# global augmented on an undefined global
def g_aug():
    global undefined_global
    undefined_global += 1
try:
    g_aug()
except NameError as e:
    print(type(e).__name__, e)
