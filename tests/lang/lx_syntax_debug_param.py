# A parameter named __debug__ is rejected; the error covers the def.
def ok(debug=__debug__):
    return debug
def bad(a, *, __debug__=True):
    return a
