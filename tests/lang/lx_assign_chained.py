# Chained assignment: one value, targets stored left to right.
a = b = c = [1]
print(a is b is c, a)
a.append(2)
print(c)

log = []
class T:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        log.append(("setitem", self.name, k, v))
    def __setattr__(self, k, v):
        log.append(("setattr", k, v))
        object.__setattr__(self, k, v)

def val():
    log.append("value")
    return 7

def key(k):
    log.append(("key", k))
    return k

t1 = T("t1")
t2 = T("t2")
log.clear()
t1[key(1)] = t2.x = t2[key(2)] = val()
for entry in log:
    print(entry)

# classic trap: x = x[0] = ... binds x first, then stores into the new x
x = [0, 0]
x = x[0] = [5, 6]
print(x[0] is x, len(x))

# chained with unpacking targets
p, q = r = 1, 2
print(p, q, r)
s = (u, v) = [3, 4]
print(s, u, v)
i = j = k = 0
i += 1
print(i, j, k)

# chained assignment to names in a function
def f():
    m = n = {}
    m["k"] = 1
    return n
print(f())

# failure in the middle: earlier targets are already stored
class Fails:
    def __setitem__(self, k, v):
        raise RuntimeError("no store")
first = None
fl = Fails()
try:
    first = fl[0] = last = "v"
except RuntimeError as e:
    print(type(e).__name__, e)
print(first)
try:
    print(last)
except NameError as e:
    print(type(e).__name__, e)
