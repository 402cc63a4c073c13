# Functions: defaults, *args, **kwargs, keyword-only, positional-only,
# closures, nonlocal, lambdas, decorators, recursion, call errors.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1), f(1, 5, 6, 7, c=8, d=9))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
add = lambda x, y=1: x + y
print(add(1), add(1, 2), (lambda: 7)())
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def h(x):
    return x * 2
print(h(21))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def show(*args, **kwargs):
    print(args, kwargs)
show(*[1, 2], **{"k": 3})
print(f.__name__, h.__name__, fact.__qualname__, f.__defaults__)
for call in (lambda: g(1, 2, 3), lambda: g(1), lambda: g(1, 2, z=3, w=4),
             lambda: g(1, 2, y=2, z=3), lambda: g(x=1, y=2, z=3), lambda: fact()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
