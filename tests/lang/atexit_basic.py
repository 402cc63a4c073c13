# atexit: registration, LIFO order at exit, arguments, unregister,
# _run_exitfuncs/_clear/_ncallbacks and the report of a failing callback
import atexit

class CB:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args, **kw):
        print('run', self.name, args, sorted(kw.items()))
    def __repr__(self):
        return '<CB %s>' % self.name
    def __eq__(self, other):
        return isinstance(other, CB) and other.name == self.name
    __hash__ = None

def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

n0 = atexit._ncallbacks()   # site may have registered some
a = CB('a')
print(atexit.register(a, 1, 2, k=3) is a)
atexit.register(CB('b'))
atexit.register(CB('c'), x=1)
print(atexit._ncallbacks() - n0)
atexit.unregister(CB('b'))     # equal, not identical: removed too (its slot stays)
print(atexit._ncallbacks() - n0)
atexit.unregister(CB('zz'))    # not there: nothing happens
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(CB('d'))
atexit.register(CB('d'))
atexit.register(CB('e'))
atexit.unregister(CB('d'))
print(atexit._ncallbacks())
atexit._clear()
print(atexit._ncallbacks())
t(lambda: atexit.register())
t(lambda: atexit.register(5))
t(lambda: atexit.register(func=print))
t(lambda: atexit.unregister())
t(lambda: atexit._ncallbacks(1))

class Bad:
    def __eq__(self, other):
        raise ValueError('no compare')
    __hash__ = None
    def __call__(self):
        pass
atexit.register(Bad())
t(lambda: atexit.unregister(CB('x')))
atexit._clear()

def boom():
    raise KeyError('boom')
class Boom:
    def __call__(self):
        boom()
    def __repr__(self):
        return '<Boom>'

# these run when the program ends, newest first; the failing one is
# reported on stderr and the others still run
atexit.register(CB('last'), 'L')
atexit.register(Boom())
def reg_late():
    print('late registration')
    atexit.register(CB('never'))
atexit.register(reg_late)
atexit.register(CB('first'), kw='F')
atexit.register(print, 'printed', 'by', 'print', sep='-')
print('main done')
