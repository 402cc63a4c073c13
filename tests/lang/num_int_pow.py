# int ** int: exact results, negative exponents giving floats, zero to a
# negative power, huge bases and exponents, overflow to float, in-place.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for b in [0, 1, -1, 2, -2, 3, -3, 10, -10]:
    print(b, [b ** e for e in range(0, 8)])
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, 3 ** 40, (-3) ** 41)
print(2 ** 1000 % 1000007, len(str(7 ** 1000)), str(3 ** 500)[:30], str(3 ** 500)[-30:])
print((-1) ** (10**20), (-1) ** (10**20 + 1), 1 ** (10**30), 0 ** (10**30), 0 ** 0)
# negative exponents give floats
for b in [1, -1, 2, -2, 3, 10, -10, 7]:
    print(b, b ** -1, b ** -2, b ** -3, type(b ** -1).__name__)
print(10 ** -20, 2 ** -1074, 2 ** -1075, 2 ** -1100, (-2) ** -1075)
print(2 ** -(2**70), (-1) ** -3, 1 ** -(10**30), (-1) ** -(10**30))
print((2**100) ** -1, (10**300) ** -1, (3**80) ** -2)
show("0**-1", lambda: 0 ** -1)
show("0**-big", lambda: 0 ** -(2**70))
show("big**-1 huge", lambda: (10**400) ** -1)
show("2**-big", lambda: 2 ** -(10**400))
show("float overflow", lambda: 10 ** -400 if False else (10**400) ** -2)
# negative exponent result too large for float
show("small**-big", lambda: (1) ** -(10**400))
# mixing with float and bool
print(2 ** 0.5, 2 ** -0.5, (-8) ** 2.0, 4 ** True, True ** 10, False ** 0, 2 ** False, True ** -1)
print(type(True ** 2).__name__, type(2 ** True).__name__, (-2) ** -True)
# in-place
x = 3
x **= 4
print(x)
x **= -1
print(x)
x = -2
x **= 101
print(x)
# int.__pow__ directly
print((2).__pow__(10), (2).__pow__(-2), (2).__pow__(10, 1000), (2).__rpow__(3), (2).__pow__(1.5))
print((5).__pow__(2, 0) if False else "skip", (2).__pow__("x"))
show("__pow__ mod 0", lambda: (5).__pow__(2, 0))
show("pow(2,3,0)", lambda: pow(2, 3, 0))
show("int**str", lambda: 2 ** "3")
show("str**int", lambda: "3" ** 2)
show("int**None", lambda: 2 ** None)
show("int**list", lambda: 2 ** [])
