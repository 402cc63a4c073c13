# compile() in its three modes, and what exec()/eval() return for each.
c = compile('x = 1\ny = x + 1', '<modes>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
print(exec(c, ns), ns['x'], ns['y'])
print(eval(c, ns))                          # exec-mode code evaluates to None

e = compile('x * 10 + y', '<modes>', 'eval')
print(eval(e, ns), exec(e, ns))             # exec of eval code discards the value

s = compile('z = 3', '<modes>', 'single')
print(exec(s, ns), ns['z'])

print(eval(compile('1,', 's', 'eval')))
print(eval(compile('(w := 5) + 1', 's', 'eval')), w)
print(compile('pass', 'name.py', 'exec').co_filename)
print(compile(source='1', filename='kw', mode='eval').co_filename)
print(eval(compile('"abc"[1]', 's', 'eval', 0, True, 0)))

# mode must be one of three
for mode in ('bad', 'EXEC', '', 'func_type'):
    try:
        compile('1', 's', mode)
    except ValueError as err:
        print('ValueError', err)

# eval-mode source must be one expression
for src in ('x = 1', '1; 2', 'pass', 'def f(): pass'):
    try:
        compile(src, 's', 'eval')
    except SyntaxError as err:
        print('SyntaxError', err.msg, err.lineno, err.offset)

# empty sources
print(type(compile('', 's', 'exec')).__name__)
for mode in ('eval', 'single'):
    try:
        compile('', 's', mode)
    except SyntaxError as err:
        print(mode, 'SyntaxError', err, repr(err.text), err.lineno, err.offset)
