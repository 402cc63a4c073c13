# *args and **kwargs: what they receive, their types, ordering of keyword
# arguments, mixing with positional-only and keyword-only parameters.
def show(*args, **kwargs):
    return args, kwargs

print(show())
print(show(1, 2, a=3, b=4))
print(type(show(1)[0]).__name__, type(show(a=1)[1]).__name__)
print(show(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
print(list(show(c=1, a=2, b=3)[1]))

def po(a, b, /, *args, **kwargs):
    return a, b, args, kwargs
# positional-only names may also appear in **kwargs
print(po(1, 2, 3, a="kw a", b="kw b"))

def kwonly(a, *args, key, **rest):
    return a, args, key, rest
print(kwonly(1, 2, 3, key="k", other=4))

def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(defaults(1, c=3))
print(defaults(1, 20, 30, 40, c=3, d=5, e=6))
print(defaults(c=3, a=1))

# the kwargs dict is a fresh dict each call, args a fresh tuple
def mutate(**kw):
    kw["added"] = True
    return kw
base = {"x": 1}
print(mutate(**base), base)

# iterables of any kind can be unpacked into calls
def three(a, b, c):
    return a + b + c
print(three(*"abc"), three(*range(3)), three(*{1: 0, 2: 0, 3: 0}))
print(three(1, *[2], **{"c": 3}))
print(three(*(x for x in [10, 20, 30])))

# unpacking a mapping with non-identifier string keys into **kwargs
print(show(**{"not an identifier": 1, "2x": 2}))

# keyword argument order is preserved in **kwargs
def order(**kw):
    return list(kw)
print(order(z=1, y=2, x=3, **{"w": 4}, v=5))

# a default *args-only function accepts any number
def count(*a):
    return len(a)
print(count(), count(*range(100)))

# calling with a huge number of arguments
print(count(*range(10000)))

# keyword arguments that match *args-only names are not allowed
def only_star(*args):
    return args
try:
    only_star(args=1)
except TypeError as e:
    print(type(e).__name__, e)

# nested star unpack in a call together with a generator argument
print(sum(x for x in range(5)), max(*[3, 9], 4))
