# Under `from __future__ import annotations` an annotation becomes its text:
# for a tree compile() gets as ast objects (no source to copy from) that
# text is rebuilt from the tree, as CPython's compiler unparses it.
import _ast

anns = [
    "int", "List[int]", "Dict[str, 'X']", "a.b.c", "1 .real", "x[1:2, ::3]", "x[()]", "x[1,]", "x[*a]",
    "Tuple[int, ...]", "-1", "+x", "~x", "not x", "a and b or c", "a and (b or c)", "(a or b) and c",
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** -b",
    "(-a) ** b", "a << 1 | b & c ^ d", "a @ b // c % d / e", "a < b <= c != d is e is not f in g not in h",
    "(a < b) < c", "x if y else z", "(x if y else z) if w else v", "lambda: 1", "lambda x, /, y=2, *a, k, m=3, **kw: x",
    "lambda *, k: k", "lambda *a: a", "lambda **kw: 1", "lambda a, **kw: 1", "(lambda: 1)()", "f(x, *a, k=1, **kw)", "f(x for x in y)", "f((x for x in y), 1)",
    "[x for x in y if x if z for w in v]", "{x: y for x, y in z}", "{x for x in y}", "(x async for x in y)",
    "[]", "[1, 2]", "{}", "{1: 2, **d}", "{1, 2}", "()", "(1,)", "(1, 2)", "1e400", "-1e400", "1e400j",
    "2+1e400j", "float('nan')", "'a\"b'", "\"it's\"", "b'\\x00'", "u'x'", "...", "None", "True", "0.1", "3j",
    "10**100", "f'{x}'", "f'{x!r:>{w}} {y=}'", "f'{ {1: 2}[1]}'", "f'a{{b}}c'", "f'{x:{y}.{z}}'",
    "f'{3.14!s:10}'",
    "a if b else lambda: c", "not (a and b)", "(not a) + b", "a[b][c](d).e",
]
src = "\n".join("x%d: %s" % (i, a) for i, a in enumerate(anns))
tree = compile("from __future__ import annotations\n" + src + "\n", "<a>", "exec", _ast.PyCF_ONLY_AST)
ns = {}
exec(compile(tree, "<a>", "exec"), ns)
for i, a in enumerate(anns):
    print(repr(a), "->", repr(ns["__annotations__"]["x%d" % i]))

# the flag instead of the import; parameters and return annotations
tree = compile("def g(a: x.y[1], *b: 'q', c: int = 3, **d: dict[str, int]) -> {**a, 'b': [*c]}: pass\n",
               "<g>", "exec", _ast.PyCF_ONLY_AST)
import __future__
ns = {}
exec(compile(tree, "<g>", "exec", __future__.annotations.compiler_flag), ns)
print(ns["g"].__annotations__)

# compiled from source, the text is the same unparse (not the source's spelling)
src = '''from __future__ import annotations
def f(a: Dict[
   str,   int], b: 'x'  = 1, *c: (int), **d: a.b  [ 1 ]) -> List[  "X"  ]:
    pass
x: (lambda  y : y)
y: f"{ a !r}"
class C:
    z: int | None = None
'''
ns = {}
exec(compile(src, "<src>", "exec"), ns)
print(ns["f"].__annotations__)
print(ns["__annotations__"], ns["C"].__annotations__)
