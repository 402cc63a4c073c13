# The kinds of source compile(), exec() and eval() take, and how text is decoded.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def run(src):
    ns = {}
    exec(src, ns)
    return ns.get('x')

show('str', lambda: run('x = "caf\u00e9"'))
show('bytes', lambda: run(b'x = "caf\xc3\xa9"'))
show('bytearray', lambda: run(bytearray(b'x = 1 + 1')))
show('memoryview', lambda: run(memoryview(b'x = [1, 2]')))
show('latin-1 cookie', lambda: run(b'# -*- coding: latin-1 -*-\nx = "caf\xe9"'))
show('cookie on line 2', lambda: run(b'#!/usr/bin/env python\n# coding: latin-1\nx = "\xe9"'))
show('cookie in str ignored', lambda: run('# coding: latin-1\nx = "\u00e9"'))
show('unknown cookie', lambda: run(b'# coding: foobar\nx = 1'))
show('BOM', lambda: run(b'\xef\xbb\xbfx = "bom"'))
show('BOM and latin-1', lambda: run(b'\xef\xbb\xbf# coding: latin-1\nx = 1'))
show('BOM in str', lambda: run('\ufeffx = 1'))
show('bad utf-8', lambda: run(b'x = "\xff"'))
show('CRLF', lambda: run('x = 1\r\ny = 2\r\n'))
show('CR', lambda: run(b'x = 3\ry = 4'))
show('no final newline', lambda: run('if 1:\n    x = 5'))
show('null str', lambda: run('x = 1\0'))
show('null bytes', lambda: run(b'x = 1\0'))
show('null eval', lambda: eval('1\0'))
show('surrogate', lambda: run('x = "\ud800"'))
show('surrogate escape', lambda: run('x = "\\ud800"'))
show('eval bytes', lambda: eval(b'6 * 7'))
show('eval memoryview', lambda: eval(memoryview(b'2 ** 10')))
show('eval int', lambda: eval(5))
show('exec int', lambda: exec(5))
show('exec None', lambda: exec(None))
show('eval list', lambda: eval(['1']))

for src in ('1 + 1', '  1 + 1', '\t 3', '\n4', ' \n5', '6\n\n', '  # c\n7', ''):
    show('eval %r' % src, lambda: eval(src))
for src in (' x = 1', 'x = 1 ', '\n\nx = 2\n\n'):
    show('exec %r' % src, lambda: run(src))
