# An uncaught exception: the traceback goes to stderr, exit status 1.
def inner(x):
    return x["key"]
def outer():
    print("before")
    return inner({})
outer()
