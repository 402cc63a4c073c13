# Class body scoping rules.
x = "global"
class A:
    x = "class"
    y = x                     # the class namespace
    def f(self):
        return x              # methods skip the class scope
    z = [x for _ in range(1)]       # comprehension: first iterable only in class scope
    w = [i for i in range(2)]
print(A.y, A().f(), A.z, A.w)

def outer():
    x = "enclosing"
    class B:
        print("in body:", x)
        x = "class B"
        def g(self):
            return x
        h = lambda self: x
    return B
B = outer()
print(B.x, B().g(), B().h())

def outer2():
    v = "enclosing v"
    class C:
        u = v                # free variable from the function
        def m(self):
            return v
    return C
C = outer2()
print(C.u, C().m())

# names defined in the body are not visible in comprehension bodies
class D:
    n = 3
    try:
        squares = [n * i for i in range(2)]
    except NameError as e:
        err = str(e)
    ok = [i * 2 for i in range(n)]
print(getattr(D, "squares", None), D.err, D.ok)

# global and nonlocal in class bodies
counter = 0
class E:
    global counter
    counter += 1
print(counter, hasattr(E, "counter"))
def make():
    value = 1
    class F:
        nonlocal value
        value = 2
    return value, hasattr(F, "value")
print(make())

# the class name is not bound until the body finishes
try:
    class G:
        me = G
except NameError as e:
    print(type(e).__name__, e)

# __module__ and __qualname__ are set before the body runs
class H:
    seen = (__module__, __qualname__)
print(H.seen)

# del in a class body
class I:
    temp = 1
    keep = temp + 1
    del temp
print(hasattr(I, "temp"), I.keep)

# locals() inside a class body is the namespace
class J:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(J.names)
