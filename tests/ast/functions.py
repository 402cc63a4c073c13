# Function definitions: every parameter kind, defaults, annotations.
def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def pos_only(a, b, /, c, *, d):
    return

def defaults(a, /, b=1, *, c=2):
    yield a
    yield
    x = yield from b

def annotated(a: int, b: 'str' = 'x', *args: tuple, **kw: dict) -> None: ...

@decorator
@decorator.with_args(1, 2)
@(lambda f: f)
def decorated(self):
    """Docstring."""
    global g1, g2
    def inner():
        nonlocal x
    return inner

lam = lambda: 0
lam2 = lambda a, b=1, *c, d, **e: a + b
lam3 = lambda a, /, b: a
