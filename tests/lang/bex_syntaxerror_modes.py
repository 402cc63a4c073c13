# SyntaxError attributes for 'eval' and 'single' input: CPython adds no newline
# at the end of such text, which shows in the text and offsets it reports.
cases = ['a b', '1 +', '  1', 'for x in y:', 'x = (', '', ' ', '#c', 'a b\n',
         '1 2\n\n', '(1,\n2', 'x\ny', 'if 1:\n  pass\nx', '[1, 2', 'a.', '"abc']
for mode in ('eval', 'single', 'exec'):
    for src in cases:
        try:
            compile(src, '<m>', mode)
            print(mode, repr(src), 'compiled')
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
                  repr(e.text), e.end_lineno, e.end_offset)
