# match value patterns (dotted names), class-level constants, enum-like
# classes, and names that capture instead of compare.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        DEEP = "deep"

def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Status.Nested.DEEP:
            return "nested value"
        case _:
            return "unknown"
print(color("red"), color("green"), color("blue"), color("deep"))

def status(code):
    match code:
        case Status.OK | 201:
            return "fine"
        case Status.NOT_FOUND:
            return "missing"
        case other:
            return "status %d" % other
print(status(200), status(201), status(404), status(500))

# a bare name always captures: it does not compare with a variable
RED = "red"
def trap(c):
    match c:
        case RED:
            return "captured %r" % RED
print(trap("anything"))

# value patterns are looked up each time the match runs
class Config:
    MODE = "a"
def mode(m):
    match m:
        case Config.MODE:
            return "current mode"
        case _:
            return "other mode"
print(mode("a"))
Config.MODE = "b"
print(mode("a"), mode("b"))

# value patterns compare with ==
class Loose:
    def __eq__(self, other):
        return isinstance(other, int) and other % 2 == 0
class Values:
    EVEN = Loose()
def even(n):
    match n:
        case Values.EVEN:
            return "even"
        case _:
            return "odd"
print(even(4), even(5))

# a value pattern whose attribute lookup fails raises
class Empty:
    pass
try:
    match 1:
        case Empty.MISSING:
            pass
except AttributeError as e:
    print(type(e).__name__, e)

# attribute values inside mapping and class patterns
match {"red": Color.RED}:
    case {Color.RED: Color.RED}:
        print("mapping with value key and value")
