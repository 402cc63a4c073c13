# Class definitions.
class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    """Docstring."""

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass

@dataclass(frozen=True)
class D:
    x: int
    y: int = 0

class E(Generic[T]): ...
