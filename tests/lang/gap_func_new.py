# types.FunctionType(...) and types.CellType(...) constructors; assigning __code__
import types
def g():
    x = 1
    def h(a, b=2): return x + a
    return h
h = g()
F = types.FunctionType
tests = [lambda: F(h.__code__, {}), lambda: F(3, {}), lambda: F(h.__code__, 3), lambda: F(h.__code__, {}, 3),
         lambda: F(h.__code__, {}, None, 3), lambda: F(h.__code__, {}, None, None, 3),
         lambda: F(h.__code__, {}, None, None, (1,)), lambda: F(h.__code__, {}, None, None, (1, 2)),
         lambda: F(h.__code__, {}, 'nm', (5,), (types.CellType(10),))(1),
         lambda: F(h.__code__, {}, 'nm', (5,), (types.CellType(10),)).__name__,
         lambda: F(h.__code__, {}, 'nm', (5,), (types.CellType(10),)).__defaults__,
         lambda: F((lambda: 0).__code__, {}, closure=(types.CellType(1),)),
         lambda: F(code=(lambda: 7).__code__, globals={})(),
         lambda: F((lambda: 7).__code__, {}, argdefs=None, closure=None)(),
         lambda: F((lambda: y).__code__, {'y': 'from globals'})(),
         lambda: F(), lambda: F(h.__code__, {}, bogus=1),
         lambda: types.CellType(1).cell_contents, lambda: types.CellType(1, 2), lambda: types.CellType(x=1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c.cell_contents = 5
print(c.cell_contents)

def f(): return 'f'
def k(): return 'k'
f.__code__ = k.__code__
print(f(), f.__name__)
for bad in (h.__code__, 3):
    try:
        f.__code__ = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del f.__code__
except TypeError as e:
    print(type(e).__name__, e)

# without __builtins__ in its globals a new function takes the running builtins
safe = {'None': None, 'len': lambda s: 'safe len'}
ns = {'type': type, '__builtins__': safe}
exec("def func3(s): return len(s)\nfunc4 = type(func3)(func3.__code__, {})\n", ns)
print(ns['func4'].__builtins__ is safe, ns['func4']('abc'), ns['func3']('abc'))
func2 = type(f)((lambda s: len(s)).__code__, {})
print(func2.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else func2.__builtins__ is __builtins__, func2('abcd'))
