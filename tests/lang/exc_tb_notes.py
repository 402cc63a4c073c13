# Notes and a custom __str__ in the uncaught-exception report.
class E(Exception):
    def __str__(self):
        return "custom message"
def go():
    e = E()
    e.add_note("a note")
    e.add_note("second note")
    raise e
go()
