# del of names, attributes, subscripts, slices and tuples of targets.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, (b, [c])
print("a" in globals(), "b" in globals(), "c" in globals())

l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
try:
    del l[0]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    cls_attr = 1
o = O()
o.x = 5
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

log = []
class Logger:
    def __delitem__(self, k):
        log.append(("delitem", k))
    def __delattr__(self, k):
        log.append(("delattr", k))
lg = Logger()
del lg[1], lg.foo, lg[2:5], lg[1, 2]
print(log)

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())

def del_in_loop():
    out = []
    for i in range(3):
        y = i * 2
        out.append(y)
        del y
    return out
print(del_in_loop())

def del_global():
    global gname
    gname = 5
    del gname
del_global()
print("gname" in globals())
