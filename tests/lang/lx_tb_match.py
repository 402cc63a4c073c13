# A run-time error from a class pattern, uncaught inside a function.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

def where(p):
    match p:
        case Point(0):
            return "origin"
        case Point(x, y):
            return "two"
    return "none"

print(where(Point(0)))
print(where(Point(1)))
