# Class bodies: execution order, names visible in methods, nested classes,
# __qualname__, class-level code with loops and conditions, del in body.
print("before class")
class A:
    print("  executing body")
    x = 1
    y = x + 1
    if y > 1:
        z = "conditional attribute"
    for i in range(3):
        last = i
    del i
    def method(self):
        return x_global_lookup()
    class Inner:
        print("  inner body, sees no A attributes:", "x" in dir())
        def deep(self):
            return self.__class__.__qualname__
print("after class")
print(A.x, A.y, A.z, A.last, hasattr(A, "i"))
print(A.Inner.__qualname__, A.Inner().deep(), A.method.__qualname__)

def x_global_lookup():
    return "global function"
print(A().method())

# methods do not see class attributes as bare names
class B:
    attr = "class attr"
    def get(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(B().get())

# a class body can read globals and shadow them
name = "global name"
class C:
    before = name
    name = "class name"
    after = name
print(C.before, C.after, name)

# class body local lookup falls back to globals, then builtins
class D:
    length = len("four")
    len = "shadowed"
    def uses_builtin(self):
        return len("ok")
print(D.length, D.len, D().uses_builtin())

# __module__, __qualname__ and __doc__ are set in the body namespace
class E:
    "the docstring"
    seen_module = __module__
    seen_qualname = __qualname__
print(E.__doc__, E.seen_module, E.seen_qualname)

# a class defined in a function
def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local
L = factory(42)
print(L.value, L().get(), L.__qualname__)

# class body with a return-like flow: exceptions inside the body
try:
    class Broken:
        ok = 1
        raise ValueError("in class body")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Broken
except NameError as e:
    print(type(e).__name__, e)

# nonlocal from a class body to the enclosing function
def counter():
    count = 0
    class K:
        nonlocal count
        count += 1
    return count
print(counter())

# class attributes assigned via globals in class body
class G:
    global made_in_class
    made_in_class = "yes"
print(made_in_class)
