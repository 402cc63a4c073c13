# with statements and exceptions: suppression, __exit__ arguments,
# exceptions raised by __exit__, return/break/continue through with.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        return self.suppress

with CM("a") as n, CM("b") as m:
    print("body", n, m)

try:
    with CM("outer"):
        with CM("inner", suppress=True):
            raise KeyError("swallowed")
        raise ValueError("escapes")
except ValueError as e:
    print("caught", repr(e))

def ret():
    with CM("r"):
        return "returned"
print(ret())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("mid", i)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

# the exception in __exit__ sees the traceback object
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(type(tb).__name__, tb.tb_lineno, v.__traceback__ is tb)
        return True
with Inspect():
    x = 1
    y = x / 0
print("after")

# generators used as context managers by hand
def managed():
    print("setup")
    try:
        yield "resource"
    finally:
        print("teardown")
class GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except type(v):
            return False
        return True
with GenCM(managed()) as r:
    print("using", r)
try:
    with GenCM(managed()) as r:
        raise IndexError("inside")
except IndexError as e:
    print("propagated", repr(e))
