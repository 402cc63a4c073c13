def f():
    return [(yield 1) for x in y]
