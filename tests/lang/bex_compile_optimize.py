# compile(optimize=...): 0 keeps asserts, __debug__ is True; 1 drops asserts and
# makes __debug__ False; 2 also drops docstrings. -1 is the interpreter's level.
src = '''
"""module doc"""
def f():
    """function doc"""
    assert False, "assert ran"
    return __debug__
class C:
    """class doc"""
if __debug__:
    branch = 'debug'
else:
    branch = 'optimized'
'''
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 'opt', 'exec', optimize=level), ns)
    try:
        r = ns['f']()
    except AssertionError as e:
        r = 'AssertionError: %s' % e
    print(level, r, ns['branch'], repr(ns.get('__doc__')), repr(ns['f'].__doc__), repr(ns['C'].__doc__))
print(eval(compile('__debug__', 'e', 'eval', optimize=1)), eval('__debug__'))
