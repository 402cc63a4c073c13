# Closures: late binding in loops, shared cells, cells outliving frames.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])

def make_late():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    return out
print([f() for f in make_late()])

def make_bound():
    out = []
    for j in range(3):
        def g(j=j):
            return j
        out.append(g)
    return out
print([f() for f in make_bound()])

def make_factory():
    def factory(n):
        return lambda: n
    return [factory(k) for k in range(3)]
print([f() for f in make_factory()])

# comprehensions capture the comprehension's variable, still late
lams = [lambda: x for x in "abc"]
print([l() for l in lams])

# two closures over one cell see each other's writes
def pair():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = pair()
put(42)
print(get())
get2, put2 = pair()
print(get2(), get())

# the cell is read at call time, after the enclosing function changed it
def changes_after():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(changes_after()())

# closure over a loop variable of a while loop
def counters():
    res = []
    n = 0
    while n < 3:
        res.append(lambda: n)
        n += 1
    return [r() for r in res]
print(counters())

# deep nesting: each level reads from the right scope
def l1():
    a = "l1"
    def l2():
        b = "l2"
        def l3():
            c = "l3"
            def l4():
                return a, b, c
            return l4
        return l3()
    return l2()
print(l1()())
print(l1().__code__.co_freevars)

# a class body in between does not create a scope for methods
def with_class():
    secret = "outer secret"
    class K:
        secret = "class secret"
        def m(self):
            return secret
        v = secret
    return K().m(), K.v
print(with_class())

# recursion through a closure name
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))
