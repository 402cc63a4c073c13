# Classes: __init__, methods, inheritance, super(), class attributes,
# properties, classmethod/staticmethod, dunder methods, repr of objects.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(%r)" % self.name
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
a = Animal("cat")
d = Dog("rex")
print(a, d.speak(), d.kind, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __str__(self):
        return f"({self.x}, {self.y})"
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(v):
        return v * 2
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p.norm1, Point.origin(), Point.helper(4))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count, hasattr(p, "x"), getattr(p, "z", "none"))
setattr(p, "z", 9)
print(p.z, vars(Point(5, 6)))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
