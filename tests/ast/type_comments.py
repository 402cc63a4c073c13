# Type comments, kept because -m ast parses with type_comments=True.
x = []  # type: list[int]

def f(a, b):
    # type: (int, str) -> bool
    return True

def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> None
    pass

for i in range(3):  # type: int
    pass

with open('f') as fh:  # type: IO[str]
    pass

y = 1  # type: ignore
import os  # type: ignore[import]
