# Exception objects: args, str/repr with 0, 1, 2 args, with_traceback,
# __traceback__ and tb_lineno, attributes of builtin exceptions.
for args in [(), ("one",), ("a", 2), (None,), ((1, 2),), ([],)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(repr(ValueError()), str(ValueError()))
e = ValueError(1)
e.args = ("replaced", "args")
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
e.custom = "attribute"
print(e.custom)

# __traceback__
def fail():
    raise IndexError("x")
try:
    fail()
except IndexError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
    print(type(e.__traceback__).__name__)

print(ValueError().__traceback__)

# with_traceback returns the exception itself
try:
    fail()
except IndexError as e:
    saved = e.__traceback__
e2 = KeyError("new")
print(e2.with_traceback(saved) is e2, e2.__traceback__ is saved)
print(e2.with_traceback(None).__traceback__)
try:
    e2.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)

# raising an exception with an existing traceback adds to it
try:
    raise e2
except KeyError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames in traceback:", n)

# specific attributes
try:
    {}["missing"]
except KeyError as e:
    print(e.args)
try:
    [].pop()
except IndexError as e:
    print(e.args)
si = StopIteration("v")
print(si.value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ne = NameError("msg", name="nm")
print(ne.name, ne.args)
ae = AttributeError("m", name="n", obj=5)
print(ae.name, ae.obj)
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror, oe.args, str(oe))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(str(ue))

# hierarchy
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))
print(IOError is OSError, EnvironmentError is OSError)
print(BaseException.__subclasses__()[:0])

# exceptions compare by identity
print(ValueError(1) == ValueError(1))
