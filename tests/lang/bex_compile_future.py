# __future__ flags given to compile(), and future imports in compiled code.
import __future__
src = 'def f(x: int) -> list[int]: pass\nv: undefined_name = 1'
ns = {}
exec(compile(src, 'fut', 'exec', __future__.annotations.compiler_flag), ns)
print(ns['f'].__annotations__, ns['__annotations__'])
try:
    exec(compile(src, 'fut', 'exec'), {})
except NameError as e:
    print('NameError', e)
ns = {}
exec('from __future__ import annotations\ndef g(a: Nope) -> None: pass', ns)
print(ns['g'].__annotations__)
print(__future__.annotations.compiler_flag == 0x1000000, __future__.division.compiler_flag)
for feature in ('division', 'generators', 'nested_scopes', 'generator_stop', 'barry_as_FLUFL'):
    flag = getattr(__future__, feature).compiler_flag
    print(feature, type(compile('1', 's', 'exec', flag)).__name__)
for bad in ('from __future__ import braces', 'from __future__ import nope',
            'x = 1\nfrom __future__ import division'):
    try:
        compile(bad, 'fut', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
