# the 4300-digit limit of 3.11 on int <-> decimal str conversion: str, repr,
# int(), f-strings and %d; power-of-two bases have no limit.
def show(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r.bit_length())
    except Exception as e:
        print(label, type(e).__name__, e)

ok = 10**4299
too = 10**4300
show("str 4300 digits", lambda: str(ok))
show("str 4301 digits", lambda: str(too))
show("repr 4301", lambda: repr(too))
show("neg 4300 digits", lambda: str(-ok))
show("neg 4301", lambda: str(-too))
show("f-string", lambda: f"{too}")
show("format d", lambda: format(too, "d"))
show("format ,", lambda: format(too, ","))
show("format _", lambda: format(too, "_"))
show("format n", lambda: format(too, "n"))
show("%d", lambda: "%d" % too)
show("%s", lambda: "%s" % too)
show("%i", lambda: "%i" % too)
show("print list", lambda: str([too]))
show("hex", lambda: hex(too))
show("bin", lambda: bin(too))
show("oct", lambda: oct(too))
show("format x", lambda: format(too, "x"))
show("format b", lambda: format(too, "b"))
show("%x", lambda: "%x" % too)
show("int 4300 digits", lambda: int("9" * 4300))
show("int 4301 digits", lambda: int("9" * 4301))
show("int neg 4301", lambda: int("-" + "1" * 4301))
show("int underscores", lambda: int("_".join(["1"] * 4301)))
show("int 5000 zeros", lambda: int("0" * 5000))
show("int spaces", lambda: int(" " * 10 + "1" * 4300 + " " * 10))
show("int base 16", lambda: int("f" * 10000, 16))
show("int base 2", lambda: int("1" * 20000, 2))
show("int base 8", lambda: int("7" * 5000, 8))
show("int base 0 hex", lambda: int("0x" + "f" * 10000, 0))
show("int base 36", lambda: int("z" * 4301, 36))
show("int base 3", lambda: int("2" * 4301, 3))
show("int bytes", lambda: int(b"1" * 4301))
show("float str", lambda: float("1" * 5000))
show("float of huge int", lambda: float(10**4400))
# arithmetic on huge numbers is unaffected
print(too // ok, (too + 1) % 10, (too * too).bit_length(), too > ok)
print(str(too // 10**30)[:5], len(str(too // 10**30)))
# the message
try:
    str(10**5000)
except ValueError as e:
    print(e.args)
try:
    int("1" * 6000)
except ValueError as e:
    print(e.args)
