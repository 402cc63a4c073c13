# PRINT_EXPR calls sys.displayhook; the default one prints repr() and sets
# builtins._ (None is not printed); a replaced hook sees every value.
import sys, builtins

def single(src):
    exec(compile(src, '<hook>', 'single'), {})

single('6 * 7')
print('_ =', builtins._)
seen = []
sys.displayhook = seen.append
single('1 + 1')
single('None')
single('"s"; [1]')
sys.displayhook = sys.__displayhook__
print('hook saw', seen)
single('(1, 2)')
print('_ =', builtins._)

class Loud:
    def __repr__(self):
        return 'Loud(_ is %r)' % (builtins._,)
single('Loud()')
print(type(builtins._).__name__)

sys.__displayhook__(None)
print('_ after None:', builtins._)
sys.__displayhook__('direct')
print('_ =', builtins._)

del sys.displayhook
try:
    single('1')
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__

class BadRepr:
    def __repr__(self):
        raise ValueError('repr failed')
try:
    single('BadRepr()')
except ValueError as e:
    print('ValueError', e)
