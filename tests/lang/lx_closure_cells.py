# Cells as objects: __closure__, cell_contents reads, writes and deletes,
# empty cells, and cells shared between closures and their definer.
def outer():
    x = 1
    y = "why"
    def inner():
        return x, y
    return inner

f = outer()
cells = f.__closure__
print(len(cells), [c.cell_contents for c in cells], f.__code__.co_freevars)
cells[0].cell_contents = 100
print(f())
del cells[1].cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    cells[1].cell_contents
except ValueError as e:
    print(type(e).__name__, e)
cells[1].cell_contents = "restored"
print(f())

# a closure over a variable assigned after the closure is made
def late():
    def get():
        return v
    c = get.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("empty before assignment:", e)
    v = "now set"
    return c.cell_contents, get()
print(late())

# cells compare by contents
def two():
    a = 1
    b = 1
    def g():
        return a, b
    return g.__closure__
c1, c2 = two()
print(c1 == c2, c1 < c2 or c1 >= c2, type(c1).__name__)

# functions without free variables have no closure
def plain():
    return 1
print(plain.__closure__)

# nested closures share the same cell object
def share():
    n = 0
    def a():
        return n
    def b():
        nonlocal n
        n += 1
    return a, b
a, b = share()
print(a.__closure__[0] is b.__closure__[0])
b(); b()
print(a())

# the __class__ cell of a method
class K:
    def m(self):
        return __class__
print(K().m() is K, K.m.__closure__[0].cell_contents is K, K.m.__code__.co_freevars)

# closures in class bodies reach the function scope, not the class
def maker():
    v = "function v"
    class C:
        v = "class v"
        def get(self):
            return v
    return C().get()
print(maker())
