# float ZeroDivisionError and OverflowError messages across operations and
# conversions; errors reported with their exact text.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)

show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 / 0.0", lambda: 1.0 / 0.0)
show("1 / 0.0", lambda: 1 / 0.0)
show("0.0 / 0.0", lambda: 0.0 / 0.0)
show("1.0 / False", lambda: 1.0 / False)
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0", lambda: 1.0 % 0)
show("divmod(0.0, 0.0)", lambda: divmod(0.0, 0.0))
show("0.0 ** -2", lambda: 0.0 ** -2)
show("0.0 ** -2.5", lambda: 0.0 ** -2.5)
show("1e308 * 10", lambda: 1e308 * 10)
show("1e308 + 1e308", lambda: 1e308 + 1e308)
show("-1e308 - 1e308", lambda: -1e308 - 1e308)
show("1e200 ** 2", lambda: 1e200 ** 2)
show("2.0 ** 5000", lambda: 2.0 ** 5000)
show("(-2.0) ** 5001", lambda: (-2.0) ** 5001)
show("1e308 / 1e-308", lambda: 1e308 / 1e-308)
show("float(10**309)", lambda: float(10**309))
show("10**309 + 0.5", lambda: 10**309 + 0.5)
show("0.5 * 10**309", lambda: 0.5 * 10**309)
show("10**309 < 1.5", lambda: 10**309 < 1.5)
show("10**309 == 1e308", lambda: 10**309 == 1e308)
show("int(1e309)", lambda: int(1e309))
show("int(-1e309 * 0)", lambda: int(-1e309 * 0))
show("round(1e308, -309)", lambda: round(1e308, -309))
show("(1e308).__round__(-308)", lambda: (1e308).__round__(-308))
show("divmod(1e308, 1e-308)", lambda: divmod(1e308, 1e-308))
show("1e308 // 1e-308", lambda: 1e308 // 1e-308)
show("1.5 .as_integer_ratio inf", lambda: (1e308 * 10).as_integer_ratio())
show("float('1e500')", lambda: float("1e500"))
show("complex(1e308) * 10", lambda: complex(1e308, 1e308) * complex(10, 10))
show("abs(complex)", lambda: abs(complex(1e308, 1e308)))
show("1j ** 1e308", lambda: (2 + 0j) ** 1e308)
show("1j / 0", lambda: 1j / 0)
show("1j / 0j", lambda: 1j / 0j)
show("0j ** -1", lambda: 0j ** -1)
show("0j ** 1j", lambda: 0j ** 1j)
show("1 / 0j", lambda: 1 / 0j)
show("1.5 / 0j", lambda: 1.5 / 0j)
show("2 ** 10**10 % 1", lambda: pow(2.0, 10**10) if False else 1.0 / 1e-320)
show("1.0 / 1e-320", lambda: 1.0 / 1e-320)
show("1e-320 * 1e-10", lambda: 1e-320 * 1e-10)
# an exception object carries its message as args
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(repr(e), str(e), isinstance(e, ArithmeticError))
try:
    2.0 ** 10000
except OverflowError as e:
    print(repr(e), e.args, isinstance(e, ArithmeticError))
