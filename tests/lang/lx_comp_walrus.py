# Walrus in comprehensions binds in the enclosing function or module.
data = [3, 8, 1, 9, 4]
if any((big := n) > 7 for n in data):
    print("first big:", big)

print([y := n * 2 for n in range(3)], y)
total = 0
sums = [total := total + n for n in range(5)]
print(sums, total)

def in_function():
    res = [last := c for c in "abc"]
    return res, last
print(in_function())

def nested_comp():
    out = [[(inner := i * j) for j in range(3)] for i in range(3)]
    return out, inner
print(nested_comp())

def in_genexp():
    g = (m := k for k in range(4))
    before = "unset"
    try:
        before = m
    except NameError as e:
        before = type(e).__name__
    list(g)
    return before, m
print(in_genexp())

# a walrus in the comprehension of a nested function binds in that function
def outer():
    def inner():
        [w := i for i in range(2)]
        return w
    r = inner()
    try:
        return r, w
    except NameError as e:
        return r, type(e).__name__
print(outer())

# nonlocal and global interplay
def with_nonlocal():
    found = None
    def search(xs):
        nonlocal found
        return [found := x for x in xs if x > 1]
    search([0, 1, 2, 3])
    return found
print(with_nonlocal())

g_last = None
def with_global():
    global g_last
    [g_last := v for v in "xyz"]
with_global()
print(g_last)

# walrus in the condition of the comprehension
vals = [v for x in range(6) if (v := x * x) % 2 == 0]
print(vals, v)

# walrus in a lambda body binds in the lambda
f = lambda: [(q := 1), q + 1]
print(f())
try:
    q
except NameError as e:
    print(type(e).__name__, e)

# walrus at top level of a while loop and in call arguments
it = iter([1, 2, 3, 0, 5])
while (item := next(it)):
    print("item", item)
print(max(a := 3, b := 7), a, b)
# walrus inside a conditional expression
print((p := 5) if (z := 0) else (p := 6), p, z)
