# The ast module (CPython's ast.py over Taipan's _ast): parse in every mode,
# dump's options, walk, visitors and transformers, location helpers,
# literal_eval, unparse, docstrings, source segments, deprecated classes.
import ast

src = '''"""Module doc."""
import os as o, sys
from . import x
def f(a, /, b=2, *c, d, e=5, **g) -> int:
    """F doc."""
    global q
    return [i * 2 for i in range(a) if i] or {k: v for k, v in g.items()}
class K(Base, metaclass=M):
    x: int = 3
    async def m(self):
        async with a as b, c:
            await d
        async for z in y:
            yield z
try:
    pass
except* ValueError as err:
    raise X from err
else:
    del a[1:2, ::3]
finally:
    lambda *a, k=1: (yield)
match p:
    case [1, *rest] | {"k": _, **kw} if rest:
        pass
    case K(1, y=2) as whole:
        pass
w = f"{x!r:>{width}} and {y=}"
'''
tree = ast.parse(src)
print(ast.dump(tree)[:400])
print(ast.dump(tree.body[3], indent=2)[:600])
print(ast.dump(ast.parse("x = 1"), annotate_fields=False))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True, indent="--"))
print(ast.dump(ast.parse("x = 1; y", mode="single")))
print(ast.dump(ast.parse("(int, str) -> list", mode="func_type")))
print(ast.dump(ast.parse("x = []  # type: List[int]\ndef f(a):  # type: (int) -> None\n    pass\n", type_comments=True)))
print(tree.body[0].value.value, tree.body[3].body[0].value.value)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([f for f, v in ast.iter_fields(tree.body[3])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[3])])
print(ast.get_source_segment(src, tree.body[3].body[2].value))
print(ast.get_source_segment(src, tree.body[4], padded=True)[:40])

print(ast.unparse(tree))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen[:12])

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Pass(self, node):
        return None
t2 = Double().visit(ast.parse("x = 1 + 2\nif x:\n    pass\n    y = [3, 'a']\n"))
print(ast.unparse(t2))
ns = {}
exec(compile(t2, "<t2>", "exec"), ns)
print(ns["x"], ns["y"])

new = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("hi")], []))], [])
try:
    compile(new, "<n>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
ast.fix_missing_locations(new)
print(new.body[0].lineno, new.body[0].value.args[0].end_col_offset)
exec(compile(new, "<n>", "exec"))
ast.increment_lineno(new, 4)
print(new.body[0].lineno, new.body[0].value.lineno)
print(new.body[0].end_lineno, compile(new, "<n>", "exec").co_firstlineno)

for s in ["{'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}", "1 + 2j", "-(1)", "set()", "{1, 2}",
          "f(1)", "1 + 1", "x", "[1, *a]", "'a' 'b'", "--5", "(1, [2, {3: 4}])"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.Constant(5)), ast.literal_eval(ast.parse("[1]", mode="eval")))

for bad in ["x = (", "def f(:\n", "a b", "f(**x, *y)", "x = 1\n  y = 2\n"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

num = ast.Num(5)
print(type(num).__name__, num.n, isinstance(num, ast.Num), isinstance(ast.Constant("s"), ast.Str))
print(isinstance(ast.Constant(1), ast.Str), isinstance(ast.Constant(...), ast.Ellipsis))
print(ast.Str("q").s, ast.Bytes(b"z").value, ast.NameConstant(None).value)
print(ast.Index(5), type(ast.ExtSlice([ast.Constant(1)])).__name__)
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context))
c = ast.parse("1").body[0].value
print(c.n, c.s)
print(ast.Load(), ast.PyCF_ONLY_AST) if False else print(type(ast.Load()).__name__, ast.PyCF_ONLY_AST)
