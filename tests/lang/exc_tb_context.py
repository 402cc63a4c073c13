# An uncaught exception raised while handling another (__context__).
def f(a, b):
    return a.attr + b

def g():
    try:
        f(None, 1)
    except AttributeError:
        x = [1, 2, 3]
        return x[10]

print("before")
g()
