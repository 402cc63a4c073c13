# __enter__/__exit__: return values, exception suppression, ordering.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("b"), CM("c") as y:
    print("body2", y)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", type(e).__name__, e)

# nested: inner suppresses, outer sees nothing
with CM("outer"):
    with CM("inner", suppress=True):
        1 / 0
    print("between")

# __exit__ returning truthy non-bool
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return "yes"
with Truthy("t"):
    raise RuntimeError("gone")
print("truthy suppressed")

# missing methods
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for cls in (NoEnter, NoExit, object):
    try:
        with cls():
            print("never")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# __enter__ raising: __exit__ not called
class EnterFails:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("exit should not run")
try:
    with EnterFails():
        pass
except OSError as e:
    print(type(e).__name__, e)

# __exit__ raising replaces the exception, with context
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with ExitFails():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

# return / break / continue run __exit__
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break

# __enter__ looked up on the type
class Inst:
    pass
obj = Inst()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
