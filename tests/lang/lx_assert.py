# assert: messages of any type, evaluation only on failure, AssertionError
# attributes, and assert inside functions and loops.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("passed")
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)

check(True)
check(1 == 1, "never evaluated")
check(False)
check(0, "zero")
check([], ["list", "message"])
check("", 42)
check(None, None)
check(False, ("tuple",))

calls = []
def message():
    calls.append("called")
    return "lazy"
assert True, message()
print(calls)
try:
    assert False, message()
except AssertionError as e:
    print(e, calls)

# the condition is evaluated once
count = 0
def cond():
    global count
    count += 1
    return count > 5
try:
    assert cond(), "count=%d" % count
except AssertionError as e:
    print(e, count)

# __bool__ of the condition is used
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)

class BadBool:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    assert BadBool(), "not reached"
except ValueError as e:
    print(type(e).__name__, e)

# AssertionError is an ordinary exception class
print(AssertionError.__mro__[1].__name__)
e = AssertionError("direct", 2)
print(str(e), e.args)

# assert in a loop with a failing iteration
for i in range(4):
    try:
        assert i % 3, "i=%d" % i
    except AssertionError as e:
        print("failed at", e)

# a message that raises replaces the AssertionError
try:
    assert False, 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(__debug__)
