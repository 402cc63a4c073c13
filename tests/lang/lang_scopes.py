# Scoping: locals, globals, nonlocal, closures, class scopes, comprehensions.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
print(read_global()); write_global(); print(x)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late_binding())

def outer():
    a = 1
    def middle():
        def inner():
            return a + 1
        return inner()
    return middle()
print(outer())

class K:
    y = 5
    z = [y for _ in range(2)] if False else None
    def m(self):
        return y_global
y_global = "method sees module y_global"
print(K().m(), K.z)

def class_in_function():
    v = "free"
    class Inner:
        w = v
        def get(self):
            return v
        v2 = v + "!"
    return Inner.w, Inner().get(), Inner.v2
print(class_in_function())

def class_shadow():
    name = "outer"
    class C:
        name = "class attr"
        def f(self):
            return name
    return C().f(), C.name
print(class_shadow())

class Base:
    def hello(self):
        return "Base.hello"
class Derived(Base):
    def hello(self):
        return "Derived+" + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())

total = 0
data = [1, 2, 3, 4]
if any((total := total + v) > 5 for v in data):
    print("walrus in genexp:", total)
def walrus_scope():
    [last := v for v in range(4)]
    return last
print(walrus_scope())
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print({k: v for k, v in [("a", 1), ("b", 2)]}, {v % 3 for v in range(10)})

def deleter():
    q = 1
    del q
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(deleter())

def free_unbound():
    def inner():
        return fv
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    fv = 1
free_unbound()

def __private():
    return "module private"
class Mangle:
    __secret = 42
    def get(self):
        return self.__secret, Mangle._Mangle__secret
print(Mangle().get(), hasattr(Mangle, "__secret"))
