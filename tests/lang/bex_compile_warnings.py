# SyntaxWarnings found while compiling at run time go to stderr as the
# warnings module prints them: "FILE:LINE: SyntaxWarning: MSG" (the line
# itself only when FILE is a file that exists), every time.
compile('x is 1', '<warn>', 'exec')
compile('\n\nassert (x, "msg")', 'virtual.py', 'exec')
exec('y = 2\nz = y is "a"')
eval('1 is 1')
eval('1 is 1')
exec('v = 1if True else 2')
compile('f = [1, 2] (3)', '<call>', 'exec')
compile('1 is not ()', '<not>', 'eval')
code = compile('x = 1 is 1', __file__, 'exec')   # shows this very line
print('compiled; warnings went to stderr')
