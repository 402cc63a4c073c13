# Attribute stores through the inline caches: shape transitions (adding
# attributes), overwrites, deletes in between, descriptors and __setattr__
# appearing after the site warmed, and many attributes per instance.


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Pt(i, -i) for i in range(50)]
print(sum(p.x for p in pts), sum(p.y for p in pts))


def move(objs, dx):
    for o in objs:
        o.x = o.x + dx
        o.x += 1


move(pts, 2)
print(sum(p.x for p in pts))

# Delete an attribute from some instances, then store it again.
for p in pts[::4]:
    del p.x
move(pts[1:4], 1)
for p in pts:
    if not hasattr(p, "x"):
        p.x = 0
print(sum(p.x for p in pts), [sorted(vars(p)) for p in pts[:2]])


# Different insertion orders give different shapes at one site.
class Bag:
    pass


def fill(b, names, base):
    for i, n in enumerate(names):
        setattr(b, n, base + i)


bags = []
for k in range(40):
    b = Bag()
    if k % 2:
        b.a = k
        b.b = 2 * k
    else:
        b.b = 2 * k
        b.a = k
    bags.append(b)


def bump_a(bs):
    for b in bs:
        b.a = b.a + 1


bump_a(bags)
bump_a(bags)
print(sum(b.a for b in bags), [list(vars(b)) for b in bags[:2]])


# Many attributes (past the point where a shape looks names up by index).
class Wide:
    def __init__(self):
        for i in range(20):
            setattr(self, "f%d" % i, i)


ws = [Wide() for _ in range(30)]


def set_last(objs):
    for o in objs:
        o.f19 = o.f19 + o.f0 + 1
        o.f20 = 1


set_last(ws)
set_last(ws)
print(sum(w.f19 for w in ws), len(vars(ws[0])))


# A property with a setter added to the class after the store warmed.
class T:
    pass


ts = [T() for _ in range(30)]


def store_v(objs, v):
    for o in objs:
        o.v = v


store_v(ts, 1)
log = []
T.v = property(lambda self: "prop", lambda self, v: log.append(v))
store_v(ts, 2)
print(len(log), ts[0].v, vars(ts[0]))
del T.v
store_v(ts, 3)
print(ts[0].v, vars(ts[0]))


# __setattr__ defined later on the class (and on a base).
class Base2:
    pass


class Sub2(Base2):
    pass


ss = [Sub2() for _ in range(30)]
store_v(ss, 5)


def base_setattr(self, name, value):
    object.__setattr__(self, name, value * 100)


Base2.__setattr__ = base_setattr
store_v(ss, 6)
print(ss[0].v)
del Base2.__setattr__
store_v(ss, 7)
print(ss[0].v)


# Read-only: a property without a setter, and slots.
class RO:
    @property
    def v(self):
        return 1


try:
    store_v([RO() for _ in range(3)], 1)
except AttributeError as e:
    print(type(e).__name__, e)


class Sl:
    __slots__ = ("v",)


sls = [Sl() for _ in range(30)]
store_v(sls, 9)
print(sum(s.v for s in sls))
try:
    Sl().w = 1
except AttributeError as e:
    print(type(e).__name__, e)


# Instance moved to dict mode between stores; __dict__ replaced.
ds = [Pt(1, 2) for _ in range(30)]
move(ds, 1)
for d in ds[::5]:
    d.__dict__
ds[1].__dict__ = {"x": 100}
move(ds, 1)
print(sum(d.x for d in ds), ds[1].__dict__)


# Augmented assignment on attributes with an int and a float mix.
class Acc:
    def __init__(self):
        self.n = 0
        self.f = 0.0


acc = Acc()
for i in range(100):
    acc.n += i
    acc.f += i / 4
    acc.n -= 1
print(acc.n, acc.f)
