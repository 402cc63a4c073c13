# SyntaxWarnings of the compiler: is-literal, always-true assert, uncallable and unsubscriptable literals.
x = 1
if x is 1:
    pass
assert (x, "m")
y = x is not "a"
z = () is x
try:
    (1)(2)
except TypeError:
    pass
try:
    [1][2, 3]
except TypeError:
    pass
try:
    5[0]
except TypeError:
    pass
print("end")
