# add_note and __notes__: order, types, copies, and what except* keeps.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print(type(err).__name__)
e.extra = 1
try:
    e.missing_attribute
except AttributeError as err:
    print(type(err).__name__, err)
print(e.__notes__)

# __notes__ can be replaced, and add_note appends to whatever list is there
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)

# notes added while the exception travels
def inner():
    raise KeyError("k")
def middle():
    try:
        inner()
    except KeyError as err:
        err.add_note("seen in middle")
        raise
try:
    middle()
except KeyError as err:
    err.add_note("seen at top")
    print(err.__notes__)

# a non-list __notes__ makes add_note fail
e2 = RuntimeError()
e2.__notes__ = ("tuple",)
try:
    e2.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)

# notes on exception groups and their splits
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
eg.add_note("group note")
match, rest = eg.split(ValueError)
print(match.__notes__, rest.__notes__)
print(match.__notes__ is eg.__notes__)

# notes survive except*
try:
    try:
        raise eg
    except* ValueError:
        pass
except ExceptionGroup as g:
    print(g.__notes__, [type(x).__name__ for x in g.exceptions])

# str(e) does not include notes
n = OSError("os")
n.add_note("note")
print(str(n), repr(n))

# deleting __notes__
del n.__notes__
print(hasattr(n, "__notes__"))
n.add_note("fresh")
print(n.__notes__)
