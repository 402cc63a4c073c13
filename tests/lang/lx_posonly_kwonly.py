# Positional-only and keyword-only parameters: every combination of the
# / and * markers with defaults, and how names may be reused.
def f1(a, /):
    return a
def f2(a, /, b):
    return a, b
def f3(a, b=2, /, c=3):
    return a, b, c
def f4(a, /, *, b):
    return a, b
def f5(*, a, b=2):
    return a, b
def f6(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
def f7(a=1, /, *, b=2):
    return a, b

print(f1(1), f2(1, 2), f2(1, b=2), f3(1), f3(1, 5), f3(1, c=9), f3(1, 2, 3))
print(f4(1, b=2), f5(a=1), f5(b=0, a=1), f6(1, 2, 3, c=4, a=5))
print(f7(), f7(9), f7(b=8))

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

attempt(f1, a=1)
attempt(f2, a=1, b=2)
attempt(f3, 1, 2, 3, 4)
attempt(f3, a=1)
attempt(f4, 1, 2)
attempt(f4, 1)
attempt(f5, 1)
attempt(f5)
attempt(f6, 1, c=2)
attempt(f7, 1, 2)
attempt(f7, a=1)

# positional-only names are free for **kwargs
def collect(name, /, **kw):
    return name, kw
print(collect("n", name="kw name"))

# code attributes for each shape
for fn in (f1, f2, f3, f4, f5, f6, f7):
    c = fn.__code__
    print(fn.__name__, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames)

# defaults of keyword-only parameters live in __kwdefaults__
print(f5.__defaults__, f5.__kwdefaults__, f7.__defaults__, f7.__kwdefaults__)

# lambdas and methods with markers
lam = lambda x, /, y, *, z: (x, y, z)
print(lam(1, 2, z=3), lam(1, y=2, z=3))
class C:
    def m(self, a, /, b, *, c):
        return a, b, c
print(C().m(1, 2, c=3), C.m(C(), 1, b=2, c=3))
attempt(C().m, a=1, b=2, c=3)
