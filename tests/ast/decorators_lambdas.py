# Decorators with arbitrary expressions (PEP 614) and nested lambdas.
@buttons[0].clicked.connect
def spam():
    ...

@a if b else c
class K:
    pass

@x := y
def w(): pass

compose = lambda f: lambda g: lambda *a, **k: f(g(*a, **k))
key = sorted(items, key=lambda kv: (kv[1], kv[0]))
