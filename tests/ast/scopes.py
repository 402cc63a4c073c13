# del, global, nonlocal, and the statements that live inside functions.
x = 1

def outer():
    y = 2
    def inner():
        nonlocal y
        global x
        y += 1
        x += 1
        del y
    return inner

del x
del a.b, c[0], (d, e), [f]
