# Code objects through marshal (src/vm/marshal.c): a function's __code__
# dumped and loaded keeps its names, counts, flags, variables and simple
# constants. The bytecode itself is Taipan's, so it is not printed.
import marshal

def rt(v):
    return marshal.loads(marshal.dumps(v))

def plain(a, b, /, c, *args, d, e=5, **kw):
    "a docstring"
    total = a + b + c + d + e
    return total, args, kw

def outer(x):
    y = x * 2
    def inner(z):
        nonlocal y
        y += z
        return x + y + z
    return inner

def gen(n):
    for i in range(n):
        yield i * i

async def coro(v):
    return v

def consts():
    return (1, 'two', 3.0, None, True, b'five', 2**80, -7, 1j, ..., ('t', ('u',)), frozenset({9}))

class K:
    def method(self, arg=1):
        return __class__, arg

lam = lambda q, *, r=1: q + r
fields = ['co_name', 'co_qualname', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
          'co_nlocals', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_firstlineno']
for f in [plain, outer, outer(1), gen, coro, consts, K.method, lam]:
    c = f.__code__
    c2 = rt(c)
    print(type(c2).__name__, c2 is c)
    for name in fields:
        print('  ', name, getattr(c2, name), getattr(c2, name) == getattr(c, name))
    # the flags CPython 3.11 sets (Taipan also sets CO_NOFREE, 0x40)
    print('  ', c2.co_flags & 0x3bf, c2.co_flags == c.co_flags)
    print('  ', c2.co_filename == c.co_filename, c2.co_names == c.co_names)

print(rt(consts.__code__).co_consts == consts.__code__.co_consts)
print(rt(plain.__code__).co_consts[0])
# code objects inside containers
pair = rt((gen.__code__, [coro.__code__]))
print(pair[0].co_name, pair[1][0].co_name, pair[0].co_flags & 0x20, pair[1][0].co_flags & 0x80)
