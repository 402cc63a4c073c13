# int.__new__ and int(): explicit base with subclasses, base keyword,
# calling __new__ directly, and the argument errors.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Sub(int):
    pass
show("int.__new__(int)", lambda: int.__new__(int))
show("int.__new__(int, '12')", lambda: int.__new__(int, "12"))
show("int.__new__(int, 'z', 36)", lambda: int.__new__(int, "z", 36))
show("int.__new__(Sub, 'ff', 16)", lambda: int.__new__(Sub, "ff", 16))
show("int.__new__(Sub, '0b11', base=0)", lambda: int.__new__(Sub, "0b11", base=0))
show("Sub('10', base=2)", lambda: Sub("10", base=2))
show("Sub(b'77', 8)", lambda: Sub(b"77", 8))
show("int.__new__(str, 1)", lambda: int.__new__(str, 1))
show("int.__new__(bool, 1)", lambda: int.__new__(bool, 1))
show("int.__new__(1)", lambda: int.__new__(1))
show("int.__new__()", lambda: int.__new__())
show("int.__new__(float)", lambda: int.__new__(float))
show("Sub.__new__(Sub, 2.5)", lambda: Sub.__new__(Sub, 2.5))
show("int('5', base=None)", lambda: int("5", base=None))
show("int('5', 10.0)", lambda: int("5", 10.0))
show("int(x='5')", lambda: int(x="5"))
show("int('0x10', base=0)", lambda: int("0x10", base=0))
show("int('0x10', base=16)", lambda: int("0x10", base=16))
show("int(' 0x10 ', 0)", lambda: int(" 0x10 ", 0))
show("int(5, base=10)", lambda: int(5, base=10))
show("int(Sub(5))", lambda: int(Sub(5)))
show("Sub(Sub(5))", lambda: Sub(Sub(5)))
show("int(True)", lambda: int(True))
show("Sub(True)", lambda: Sub(True))
class RF:
    def __int__(self):
        return 8.5
show("int(RF())", lambda: int(RF()))
class RN:
    def __int__(self):
        return NotImplemented
show("int(RN())", lambda: int(RN()))
# a class whose __new__ returns something else
class Odd(int):
    def __new__(cls, *a):
        return "not an int"
show("Odd(3)", lambda: Odd(3))
# int is callable with a subclass of str
class S(str):
    pass
show("int(S('42'))", lambda: int(S("42")))
show("int(S('2a'), 16)", lambda: int(S("2a"), 16))
show("int(S('x'))", lambda: int(S("x")))
class SI(str):
    def __int__(self):
        return 99
show("int(SI('1'))", lambda: int(SI("1")))
show("int(SI('1'), 10)", lambda: int(SI("1"), 10))
