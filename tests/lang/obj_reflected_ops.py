# Reflected operands and NotImplemented.
log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"
class B:
    def __add__(self, o):
        log.append("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"

print(A() + B(), log); log.clear()
print(B() + A(), log); log.clear()
print(1 + A(), log); log.clear()
print(A() + A(), log); log.clear()    # same type: no reflected call

class C:
    def __add__(self, o):
        log.append("C.__add__")
        return NotImplemented
class D:
    def __radd__(self, o):
        log.append("D.__radd__")
        return NotImplemented
try:
    C() + D()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()

# returning NotImplemented from both sides of a comparison falls back
class E:
    def __eq__(self, o):
        log.append("E.__eq__")
        return NotImplemented
e1, e2 = E(), E()
print(e1 == e2, e1 == e1, e1 != e2, log)
log.clear()

# NotImplemented is truthy but deprecated as bool (3.9+ DeprecationWarning, not error)
print(type(NotImplemented).__name__, repr(NotImplemented))

# reflected ops with builtin types that return NotImplemented
print((1).__add__("x"), (1.5).__mul__([]), "a".__add__ if False else None)
print(int.__radd__(3, 4), float.__rsub__(1.0, 3), (3).__rtruediv__(6))

# a __radd__ that makes sum() work with a custom start
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __repr__(self): return f"Money({self.c})"
print(sum([Money(1), Money(2), Money(3)]))
try:
    sum([Money(1)], 5)
except TypeError as e:
    print(type(e).__name__, e)

# __rsub__ order of arguments
class R:
    def __rsub__(self, o): return f"{o} - R"
    def __rpow__(self, o): return f"{o} ** R"
    def __rfloordiv__(self, o): return f"{o} // R"
print(10 - R(), 2 ** R(), 7 // R(), pow(3, R()))
try:
    pow(3, R(), 5)
except TypeError as e:
    print(type(e).__name__, e)
