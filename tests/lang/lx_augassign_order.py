# Augmented assignment on attributes and subscripts: what is evaluated once,
# and in which order.
log = []

class Obj:
    def __init__(self):
        object.__setattr__(self, "d", {"v": 1})
    def __getattr__(self, name):
        log.append(("getattr", name))
        return self.d[name]
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        self.d[name] = value

class Cont:
    def __init__(self):
        self.data = {0: 10, 1: 20}
    def __getitem__(self, k):
        log.append(("getitem", k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
        self.data[k] = v

def obj_of(o):
    log.append("target")
    return o

def idx(i):
    log.append(("index", i))
    return i

def rhs(v):
    log.append(("rhs", v))
    return v

o = Obj()
obj_of(o).v += rhs(5)
for e in log:
    print(e)
log.clear()

c = Cont()
obj_of(c)[idx(1)] *= rhs(3)
for e in log:
    print(e)
print(c.data)
log.clear()

# slices are evaluated once too
class Sl:
    def __init__(self):
        self.l = [1, 2, 3, 4]
    def __getitem__(self, k):
        log.append(("get", k))
        return self.l[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.l[k] = v
s = Sl()
s[idx(1):idx(3)] += [9]
for e in log:
    print(e)
print(s.l)
log.clear()

# __iadd__ result is what gets stored back
class Acc:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, other):
        log.append(("iadd", self.n, other))
        return Acc(self.n + other)
    def __repr__(self):
        return "Acc(%d)" % self.n

c.data[0] = Acc(1)
c[0] += 4
print(log, c.data[0])
log.clear()

# a list in a tuple: the in-place add happens, then the store fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# global and nonlocal augmented
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 10
    inc(); inc()
    return n
print(outer())
