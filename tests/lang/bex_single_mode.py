# 'single' mode: one interactive statement; expression statements are printed
# through the display hook (PRINT_EXPR), which also sets builtins._ .
import builtins

def single(src, ns=None):
    try:
        exec(compile(src, '<single>', 'single'), ns if ns is not None else {})
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset, repr(e.text))

single('1 + 1')
print('_ =', builtins._)
single('None')                 # None is not printed and leaves _ alone
print('_ =', builtins._)
single('"text"')
single("b'bytes'")
single('[1, (2, 3), {"k": None}]')
print('_ =', builtins._)
single('x = 5')                # assignments print nothing
single('x = 5; x * 2; x * 3')  # every expression statement of the line
single('for i in range(3): i\n')
single('if True:\n  10\n  20\n')
single('if True:\n  30')
single('def f():\n  return 1\n\n')
single('class A:\n  def __repr__(self): return "A()"\n')
ns = {}
single('class B:\n  def __repr__(self): return "B()"\n', ns)
single('B()', ns)
single('print("printed"); 7')
single('\n\n42\n\n')
single('# comment\n43')
single('44 # trailing comment\n# and another\n\n')

# one statement only
single('1\n2')
single('x = 1\ny = 2\n')
single('1\n  2')
single('if 1:\n  pass\n3')
single('for i in range(3): i')     # the NEWLINE after a one-line for is missing
single('1;;2')
single('')
single('\n')

# the hook is called with the value even inside functions defined there
single('(lambda: 5)()')
def g():
    exec(compile('"from g"', 's', 'single'))
g()
print('_ =', repr(builtins._))

# where one statement ends
for c in ['if 1:\n  pass\n\nx = 1', 'if 1:\n  pass\n\n', 'if 1:\n  pass\n\n\n', 'def f():\n  pass\n\n# c\n', 'x = 1 \\\n', 'x = (1,\n 2)\n# c', 'x;', 'x;\n;', '@d\ndef f(): pass\n', 'class A: pass\nclass B: pass\n', 'try:\n  1\nexcept E:\n  2\n', 'x = 1  # c\n  # d\n']:
    try:
        compile(c, 's', 'single'); print(repr(c), 'ok')
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
