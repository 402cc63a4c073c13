# `__class__` in a class body nested in a method is the method's __class__,
# not the new class's own cell; the cell is filled before a metaclass mro()
class Outer:
    def test(self):
        class X:
            x = __class__
            def f():
                return __class__
        print(X.x.__name__, X.f().__name__)
        class Y:
            def f(self):
                return super().f() if False else __class__
            __class__ = 413
        print(Y().f().__name__, Y().__class__)
        return X
Outer().test()

try:
    exec("class X:\n    __class__\n    def f():\n        __class__\n", {}, {})
except NameError as e:
    print(type(e).__name__, e)

seen = []
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A(metaclass=Meta):
    def f():
        seen.append(__class__)
print(seen[0] is A, len(seen))
