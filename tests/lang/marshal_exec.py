# Code that went through marshal runs as the original does: module code
# compiled with compile(), dumped, loaded and exec'd (src/vm/marshal.c
# and the checks of src/vm/code_verify.c on real code of every shape).
import marshal

SOURCE = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def counter():
    count = 0
    def bump(by=1, *, twice=False):
        nonlocal count
        count += by * (2 if twice else 1)
        return count
    return bump

def squares(n):
    for i in range(n):
        if i % 2:
            yield i * i
    return 'done'

class Shape:
    """a docstring"""
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'{self.name!r} has {self.sides} sides ({__class__.__name__})'

class Square(Shape):
    sides = 4
    def describe(self):
        return 'square: ' + super().describe()

def risky(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError as e:
            raise ValueError('zero') from e
        finally:
            log.append('finally %d' % x)
    except ValueError as e:
        return 'caught %s (cause %s)' % (e, type(e.__cause__).__name__)

def shapes(v):
    match v:
        case [x, y, *rest] if x < y:
            return ('seq', x, y, rest)
        case {'k': k, **others}:
            return ('map', k, sorted(others))
        case str() | bytes():
            return ('text', v)
        case _:
            return ('other',)

log = []
b = counter()
print(fib(30), b(), b(5), b(twice=True))
g = squares(7)
print(list(g), [x for x in squares(4)], {k: v for k, v in zip('abc', range(3))})
print(Square('sq').describe(), Shape.__doc__, Square.__mro__[1].__name__)
print(risky(2), risky(0), log)
print(shapes([1, 2, 3, 4]), shapes({'k': 1, 'z': 2, 'a': 3}), shapes('s'), shapes(5))
big = 2 ** 100 - 1
print(big, -big // 7, 1.5e300 * 10, 3 - 4j, b'\\x00\\xff', ..., None, frozenset({1}) <= {1, 2})
with_kw = sorted([3, 1, 2], key=lambda v: -v, reverse=True)
print(with_kw, '%s-%d' % ('x', 5), ' '.join(str(i) for i in range(5)))
'''

code = compile(SOURCE, '<marshal test>', 'exec')
data = marshal.dumps(code)
loaded = marshal.loads(data)
print(type(loaded).__name__, loaded.co_name, loaded.co_filename)
print('-- original')
exec(code, {'__name__': 'orig'})
print('-- loaded')
exec(loaded, {'__name__': 'copy'})
# the loaded code can be dumped and loaded again (that the bytes are the
# same is Taipan's property, checked by tests/unit/test_marshal.c)
again = marshal.loads(marshal.dumps(loaded))
print(type(again).__name__, again.co_names == code.co_names)
exec(again, {'__name__': 'again'})

# errors in loaded code carry their positions
try:
    exec(marshal.loads(marshal.dumps(compile('x = 1\ny = x / 0\n', 'bad.py', 'exec'))), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno)
