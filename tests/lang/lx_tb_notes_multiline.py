# Notes with several lines, non-str notes, and notes on a chained cause
# in the uncaught report.
class NoteStr:
    def __str__(self):
        return "note from __str__"

def inner():
    e = KeyError("inner key")
    e.add_note("first note\nspans two lines")
    raise e

def outer():
    try:
        inner()
    except KeyError as k:
        err = RuntimeError("outer failure")
        err.add_note("outer note")
        err.__notes__.append(NoteStr())
        raise err from k

outer()
