# `print >> stream` (Python 2 style) gets CPython's hint in its TypeError
import sys
for f in (lambda: print >> sys.stderr, lambda: print >> 3, lambda: len >> 3, lambda: 3 >> print):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
p = print
try:
    p >>= 3
except TypeError as e:
    print(type(e).__name__, e)
