# Sources ending at odd places (no final newline, inside a token, after a
# backslash or comment) compiled in each mode: the SyntaxError attributes.
cases = ['x\\', '"abc', "'''abc", 'f"{x', 'f"{x}"', '#', '# c', 'x # c', '1 \\\n', '(\n', 'x = """a\nb', '\\', ' \\', 'if 1:\n  x # c', 'if 1:\n  pass\n  # c', 'if 1:\n  if 2:\n    3', 'lambda: (yield)', '0x', '1_', '1e', 'b"\\', "'\\\n'", '@', 'x\n\n\n', 'x\r\n', 'x\r', '\r\n', '\t', '\f', 'if 1:\n\tpass\n        pass', 'a\\\nb', '"\\N{', 'é', '€ = 1', 'f"{1:{2}}"', 'async def f(): await x']
for mode in ('eval', 'single', 'exec'):
    for c in cases:
        try:
            compile(c, '<z>', mode)
            print(mode, repr(c), 'ok')
        except SyntaxError as e:
            print(mode, repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
