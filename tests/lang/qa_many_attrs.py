# An instance used like a dict: thousands of attribute names, deletes in the
# middle and at the end, re-adds; instances of one class sharing shapes.
class M:
    pass

m = M()
N = 3000
for i in range(N):
    setattr(m, "a%d" % i, i)
print(sum(getattr(m, "a%d" % i) for i in range(N)))
for i in range(0, N, 3):
    delattr(m, "a%d" % i)
print(len(m.__dict__), hasattr(m, "a0"), hasattr(m, "a1"), m.a2)
for i in range(0, N, 3):
    setattr(m, "a%d" % i, -i)
print(sum(getattr(m, "a%d" % i) for i in range(N)))
print(list(vars(m))[:3], list(vars(m))[-3:])

# small instances: delete the last attribute, a middle one, then re-add
class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

ps = [P(i, i * 2, i * 3) for i in range(10)]
del ps[0].z
del ps[1].y
del ps[2].x
ps[1].y = "again"
ps[2].w = "new"
for p in ps[:4]:
    print(sorted(vars(p).items()))
try:
    del ps[0].z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ps[2].x
except AttributeError as e:
    print(type(e).__name__, e)

# a loop that reads and writes attributes of instances in different states
def total(objs):
    s = 0
    for o in objs:
        s += getattr(o, "x", 100) + getattr(o, "y", 0) if isinstance(getattr(o, "y", 0), int) else 1
    return s

print(total(ps))
for p in ps:
    p.x = 1
print(total(ps))

# many instances each with its own attribute names
objs = []
for i in range(300):
    o = M()
    for j in range(i % 40):
        setattr(o, "n%d_%d" % (i % 7, j), j)
    objs.append(o)
print(sum(len(vars(o)) for o in objs))
for o in objs[::2]:
    for k in list(vars(o))[::2]:
        delattr(o, k)
print(sum(len(vars(o)) for o in objs))
print(sum(sum(vars(o).values()) for o in objs))
