# complex: literals, constructor, repr, arithmetic, comparisons, errors
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(1j, 2.5j, 0j, -0j, 1+2j, 1-2j, -1-2j, (1e300j), 1e-7j)
print(complex(), complex(1), complex(1.5, -2), complex(-0.0, -0.0), complex(0.0, -0.0))
print(complex(1j, 1j), complex(1+2j, 3+4j), complex(real=3, imag=4), complex(2, 1j))
for s in ["1", "1j", "-j", "+j", "j", "1+j", "1-J", " (1+2j) ", "(3)", "1e3-2.5e-1j",
          "inf", "-infj", "nan+nanj", "1_000+2_0j", "infinity-infinityj", "  -2.  ",
          ".5j", "1.j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "j1", "1+2", "(1+2j", "1 + 2j", "1__0", "1jj", "()", "++1j", "1e", "x"]:
    err(lambda: complex(s))
err(lambda: complex("1", 2))
err(lambda: complex(1, "2"))
err(lambda: complex([]))
err(lambda: complex(1, []))
err(lambda: complex(10**400))
print(complex(float("inf"), float("nan")), complex(float("-inf"), 1))
print(complex(1, float("nan")), complex(-1, -float("nan")))

a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0, a ** 0.5, a ** b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 3)
print(a + True, -a, +a, abs(a), abs(-5j), a.conjugate(), a.real, a.imag, bool(a), bool(0j))
print(1j ** 2, 1j * 1j, (1+1j) ** 100, (1+1j) ** 101, 2j ** -3, (0.5+0.5j) ** 17)
print((1e200+1e200j) / (1e-200+1e-200j) if False else (1e10+1e10j) / (3e-5+1e-5j))
print((1+2j) / (1e-300j), (5+0j) / (0.5-0j))
err(lambda: 1j / 0)
err(lambda: 1j / 0j)
err(lambda: 0j ** -1)
err(lambda: 0j ** 1j)
err(lambda: 0j ** (-2+0j))
err(lambda: (1e200+1e200j) ** 2)
err(lambda: pow(1j, 2, 3))
err(lambda: 1j // 2)
err(lambda: 1j % 2)
err(lambda: divmod(1j, 2))
err(lambda: 1j < 2j)
err(lambda: 1j >= 1)
err(lambda: int(1j))
err(lambda: float(1j))
err(lambda: 1j + "a")
err(lambda: 1j + 10**400)
err(lambda: abs(complex(1e308, 1e308)))
print(0j ** 0, 0j ** 2, 0j ** (2+0j), 0j ** 2.5)

print(1j == 1j, 1+0j == 1, 1+0j == 1.0, 1j == 1, 1j != 1j, 2+0j == 2**53 + 1, complex(2**53) == 2**53)
print(complex(float("nan")) == complex(float("nan")), 1j == "1j", 1j == None)
print(hash(1j), hash(1+2j), hash(-1-1j), hash(2+0j) == hash(2), hash(0.5+0j) == hash(0.5), hash(complex(1e300, -7.25)))
print({1j: "a", 1+0j: "b", 1: "c"}, {1j, 2j, 1j})
print((-8) ** (1/3), (-2.0) ** 0.5, (-1) ** 0.5, (-0.5) ** -1.5, pow(-8.0, 1/3))
print(type(1j).__name__, isinstance(1j, complex), complex.__name__)
print(str(1+2j), repr(-1j), f"{1+2j}", "%s" % (3j,))
print(format(1+2j, ""), format(1+2j, "10"), format(3.25-1.5j, ".2f"), format(1j, "e"), format(1+1j, "<15"),
      format(-2j, "g"), format(1.5+2j, "^20.3f"), format(1+2j, "+"))
class C:
    def __complex__(self):
        return 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
class Sub(complex):
    pass
s = Sub(1, 2)
print(type(s).__name__, s, s + 1, type(s + 1).__name__, s == 1+2j)
print(type(complex(1j)) is complex, complex(1j) is complex(1j) or True)
x = 1j
x += 1
x *= 2
x **= 2
x /= 4
print(x)
print(sum([1j, 2j, 3]), [1j] * 2, (1j).__complex__(), (2+3j).__getnewargs__())
