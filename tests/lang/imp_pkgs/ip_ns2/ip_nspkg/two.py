from . import one
TWO = one.ONE + 1
