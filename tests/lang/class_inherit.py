class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
for a in [Animal("x"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe(), type(a).__name__)
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(Puppy("a", 2), (int, Dog)))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.mro())
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="hello"):
    pass
print(Sub.tag)
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"])
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__)
class MyStr(str):
    pass
print(MyStr("abc").upper(), len(MyStr("hello")))
print(super(Puppy, Puppy("z", 3)).speak())
class Counter:
    n = 0
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()
    @staticmethod
    def helper(x):
        return x + 1
class SubCounter(Counter):
    pass
print(type(SubCounter.make()).__name__, SubCounter.n, Counter.n, Counter.helper(1), Counter().helper(2))
