# compile() issues its SyntaxWarnings through the warnings module: filters
# and catch_warnings see them, and an "error" filter makes a SyntaxError
import warnings
srcs = ['x is 1', 'assert(x, "msg")', '[(1, 2) (3, 4)]', '0xfor x in ()', '1if x else y',
        'x = 1\ny = 2\nz = y is ()', 'x == 1']
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        compile(src, '<testcase>', 'exec')
    print(repr(src), [(m.category.__name__, str(m.message), m.filename, m.lineno) for m in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, '<testcase>', 'exec')
            print('  compiled')
        except SyntaxError as e:
            print('  ', type(e).__name__, e.msg, e.filename, e.lineno)
    print('  leaked', len(w))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(eval('1 is 1'))
