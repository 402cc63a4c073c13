# os.getcwd / getcwdb types, chdir round trip, fspath and its errors.
import os

cwd = os.getcwd()
print(type(cwd).__name__, type(os.getcwdb()).__name__)
print(os.getcwdb() == os.fsencode(cwd))
os.chdir("/")
print(os.getcwd())
os.chdir(cwd)
print(os.getcwd() == cwd)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(P("x")), os.fspath(P(b"y")))
for bad in (1, None, 2.5, P(3), P(None)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for f, arg in ((os.stat, 1.5), (os.listdir, 1.5), (os.mkdir, 1.5), (os.chdir, None), (os.stat, "a\0b")):
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.linesep == "\n")
print(os.error is OSError, callable(os._exit))
