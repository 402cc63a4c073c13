# Annotated assignments at module level: __annotations__, evaluation,
# annotations without a value, and targets that are not simple names.
x: int = 5
y: "a string annotation"
z: dict = [1, 2]
print(__annotations__)
print(x, z)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

log = []
def ann(name):
    log.append(name)
    return name

def val(v):
    log.append(("value", v))
    return v

a: ann("A") = val(1)
print(log)

class C:
    pass
c = C()
c.attr: ann("attr-ann") = val(2)
d = {}
d["k"]: ann("sub-ann") = val(3)
(paren): ann("paren-ann") = val(4)
print(c.attr, d, paren)
print(log)
print(sorted(__annotations__))

# annotating again replaces the entry; order follows first insertion
x: float = 6.0
print(list(__annotations__.items())[0])

# __annotations__ is an ordinary dict in the module namespace
__annotations__["extra"] = bytes
print(__annotations__["extra"], "extra" in globals())

# annotations inside a function are not evaluated and not stored
def f():
    local: undefined_name = 3
    other: also_undefined
    return local
print(f(), f.__annotations__)

# annotated tuple-ish targets need parentheses only on the value side
pair: tuple = 1, 2
print(pair)
# a lone annotation of a global inside a function body
def g():
    global gv
    gv = 10
g()
print(gv)
