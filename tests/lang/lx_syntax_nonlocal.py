# nonlocal needs a binding in an enclosing function scope.
x = "global"
def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
print("never printed")
