# global and nonlocal declarations across nested scopes.
x = "module"

def read():
    return x

def write_global():
    global x
    x = "changed by function"

print(read())
write_global()
print(x)

def global_creates():
    global brand_new
    brand_new = 1
global_creates()
print(brand_new)

def nested_nonlocal():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    f = mid()
    f(); f()
    return a
print(nested_nonlocal())

def nonlocal_skips_level():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "set by inner"
        inner()
        return v
    m = middle()
    return v, m
print(nonlocal_skips_level())

def global_in_nested():
    x = "local x"
    def inner():
        global x
        return x
    return inner(), x
print(global_in_nested())

def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.inc(); c.inc()
    return count
print(counter_class())

# global declaration at module level is allowed and harmless
global x
x = "module again"
print(read())

# class bodies: global in a class body
class G:
    global gclass
    gclass = "from class body"
    y = 1
print(gclass, hasattr(G, "gclass"))

# nonlocal in a loop of closures
def accum():
    total = 0
    fns = []
    for i in range(3):
        def add(n=i):
            nonlocal total
            total += n
        fns.append(add)
    for f in fns:
        f()
    return total
print(accum())

# globals() dict reflects writes and is writable
globals()["via_dict"] = 99
print(via_dict)
def reads_via_dict():
    return via_dict
print(reads_via_dict())

# a name is local if assigned anywhere in the function, even after a global read
y = "gy"
def local_everywhere():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
local_everywhere()
