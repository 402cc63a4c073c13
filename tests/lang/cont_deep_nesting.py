# very deep containers: repr/str/==/< of 100000-deep lists, tuples and
# dicts end in RecursionError (never a crash); moderately deep ones work;
# building and dismantling deep structures iteratively is fine
def show(f):
    try:
        r = f()
        print(r if not isinstance(r, str) or len(r) < 60 else ('len', len(r)))
    except RecursionError as e:
        print('RecursionError', e)

def nest(n, mk=lambda x: [x]):
    x = []
    for _ in range(n):
        x = mk(x)
    return x

a = nest(100000)
b = nest(100000)
show(lambda: repr(a))
show(lambda: str(a))
show(lambda: a == b)
show(lambda: a != b)
show(lambda: a < b)
show(lambda: a == a)
t = nest(100000, lambda x: (x,))
show(lambda: repr(t))
show(lambda: t == nest(100000, lambda x: (x,)))
d = nest(100000, lambda x: {'k': x})
show(lambda: repr(d))
show(lambda: d == nest(100000, lambda x: {'k': x}))
m = nest(100000, lambda x: [1, {'v': (x,)}])
show(lambda: repr(m))
show(lambda: m == nest(100000, lambda x: [1, {'v': (x,)}]))
# the interpreter is still healthy afterwards
show(lambda: len(repr(nest(300))))
show(lambda: nest(300) == nest(300))
show(lambda: nest(300) < nest(301))
show(lambda: repr(nest(3, lambda x: (x, {1: x}))))
show(lambda: nest(200, lambda x: (x,)) == nest(200, lambda x: (x,)))
show(lambda: hash(nest(200, lambda x: (x or 0, 1))) == hash(nest(200, lambda x: (x or 0, 1))))
# walking a deep structure iteratively works at any depth
def depth(x):
    n = 0
    while x:
        x = x[0]
        n += 1
    return n
print(depth(a), depth(t))
# iterative dismantling and len of each level
cur = a
count = 0
while cur:
    cur = cur[0]
    count += 1
print(count)
# a deep structure inside a set of frozensets is built iteratively too
fz = frozenset()
for i in range(1000):
    fz = frozenset([fz, i])
print(len(fz), i in fz)
del a, b, t, d, m
print('done')
