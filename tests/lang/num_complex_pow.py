# complex ** : integer exponents (exact-ish repeated multiplication), float
# and complex exponents, zero base rules, overflow, pow() with 3 args.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for z in [1j, -1j, 1 + 1j, 2 - 3j, 0.5 + 0.5j, -1 + 0j, 3 + 0j]:
    print(repr(z), [repr(z ** n) for n in (0, 1, 2, 3, 4, 5, -1, -2, 10)])
for z in [1j, 1 + 1j, -1 + 0j, 4 + 0j, 2 + 3j]:
    print(repr(z), repr(z ** 0.5), repr(z ** -0.5), repr(z ** 1.5), repr(z ** 1j), repr(z ** (1 + 1j)), repr(z ** 2.0))
print(repr(2 ** 1j), repr(2.0 ** (1 + 1j)), repr((-8) ** (1 / 3 + 0j)), repr(1j ** True), repr(True ** 1j))
print(repr(0j ** 0), repr(0j ** 0j), repr(0j ** 1), repr(0j ** 2.5), repr(0j ** (1 + 0j)), repr(complex(0, 0) ** 3))
show("0j ** -1", lambda: 0j ** -1)
show("0j ** -1.5", lambda: 0j ** -1.5)
show("0j ** 1j", lambda: 0j ** 1j)
show("0j ** (-1+1j)", lambda: 0j ** (-1 + 1j))
show("0 ** -1j", lambda: 0 ** -1j)
show("(1e200+1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2)
show("(1e200+1e200j) ** 2.5", lambda: (1e200 + 1e200j) ** 2.5)
show("(10+10j) ** 1000", lambda: (10 + 10j) ** 1000)
show("(2j) ** 10000", lambda: (2j) ** 10000)
show("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
show("pow(2, 1j, 3)", lambda: pow(2, 1j, 3))
show("1j ** '2'", lambda: 1j ** "2")
show("1j ** 10**400", lambda: 1j ** 10**400)
show("1j ** 10**20", lambda: 1j ** 10**20)
show("(1+0j) ** 10**20", lambda: (1 + 0j) ** 10**20)
print(repr(1j ** 100), repr(1j ** 101), repr(1j ** -100), repr((1 + 1j) ** 50), repr((0.6 + 0.8j) ** 1000))
print(repr(pow(1j, 2)), repr(pow(2j, -1)), repr(complex.__pow__(1j, 2)), repr(complex.__rpow__(1j, 2)), complex.__pow__(1j, "a"))
show("complex.__pow__ mod", lambda: complex.__pow__(1j, 2, 3))
z = 1 + 1j
z **= 2
print(repr(z))
