# atexit callbacks run after the main program's traceback; SystemExit in one is reported, the status stays
import atexit, sys
class C:
    def __call__(self): print('cb runs'); sys.exit(3)
    def __repr__(self): return '<C>'
atexit.register(C())
atexit.register(lambda: print('second'))
raise ValueError('main fails')
