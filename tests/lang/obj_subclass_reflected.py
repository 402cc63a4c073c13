# A subclass's reflected method is tried first when it overrides it.
log = []
class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        log.append(f"{type(self).__name__}.__add__")
        return "Base.add"
    def __radd__(self, o):
        log.append(f"{type(self).__name__}.__radd__(Base)")
        return "Base.radd"
    def __lt__(self, o):
        log.append(f"{type(self).__name__}.__lt__")
        return "Base.lt"
    def __gt__(self, o):
        log.append(f"{type(self).__name__}.__gt__")
        return "Base.gt"

class Over(Base):
    def __radd__(self, o):
        log.append("Over.__radd__")
        return "Over.radd"
    def __gt__(self, o):
        log.append("Over.__gt__")
        return "Over.gt"

class NoOver(Base):
    pass

print(Base(1) + Over(2), log); log.clear()
print(Base(1) + NoOver(2), log); log.clear()     # not overridden: left first
print(Over(1) + Base(2), log); log.clear()
print(Base(1) < Over(2), log); log.clear()       # reflected comparison first
print(Base(1) < NoOver(2), log); log.clear()

# the subclass's reflected method returning NotImplemented falls back
class Shy(Base):
    def __radd__(self, o):
        log.append("Shy.__radd__")
        return NotImplemented
print(Base(1) + Shy(2), log); log.clear()

# builtin bases: int subclass with __radd__
class MyInt(int):
    def __radd__(self, o):
        return f"MyInt.radd({o})"
    def __rsub__(self, o):
        return f"MyInt.rsub({o})"
print(1 + MyInt(2), 5 - MyInt(3), MyInt(2) + 1, type(MyInt(2) + 1).__name__)

class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.rmul"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)

# str subclass with __radd__ wins over str.__add__
class S(str):
    def __radd__(self, o):
        return "S.radd:" + o
print("a" + S("b"), S("b") + "a")

# list subclass with __radd__
class L(list):
    def __radd__(self, o):
        return "L.radd"
print([1] + L([2]), L([2]) + [1])
