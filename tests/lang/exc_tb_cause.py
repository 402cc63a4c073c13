# An uncaught exception raised from another (__cause__ chain).
def inner(d):
    return d["key"] + 1

def middle(x):
    y = x * 2
    return inner({"key": y}) / (x - x)

class Thing:
    def method(self, v):
        return middle(v)

def outer():
    try:
        Thing().method(3)
    except ZeroDivisionError as e:
        raise ValueError("converted") from e

outer()
