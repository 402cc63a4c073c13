# An uncaught SyntaxError raised by exec(): printed with its location block.
try:
    exec('x = (1, 2')
except SyntaxError as e:
    print(type(e).__name__, e, e.filename, e.lineno)
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(type(e).__name__, e)
print('and now uncaught:')
exec('def f(:\n    pass\n')
