# The _ast module's classes: hierarchy, _fields, _attributes, class-level
# defaults, docs, constructors and their errors, singletons, pickling hooks.
import _ast

names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(len(names))
print(names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

for name in ["AST", "mod", "Module", "stmt", "FunctionDef", "expr", "Name", "Constant",
             "expr_context", "Load", "operator", "Add", "cmpop", "NotIn", "comprehension",
             "excepthandler", "ExceptHandler", "arguments", "arg", "keyword", "alias",
             "withitem", "match_case", "pattern", "MatchAs", "type_ignore", "TypeIgnore",
             "ImportFrom", "Slice", "Pass"]:
    c = getattr(_ast, name)
    print(name, [b.__name__ for b in c.__mro__], c.__module__)
    print("  ", c._fields, c._attributes, c.__match_args__ if name != "AST" else "")
    print("  ", repr(c.__doc__))
    defaults = sorted(k for k, v in vars(c).items() if v is None and k != "__doc__")
    print("  ", defaults)

# constructors
n = _ast.Name("x", _ast.Load(), lineno=3)
print(sorted((k, v if isinstance(v, (str, int)) else type(v).__name__) for k, v in vars(n).items()))
print(_ast.Name().__dict__, _ast.Name(id="y").id)
for args, kw in [((1, 2, 3), {}), (("a",), {"id": "b"}), ((), {"foo": 1})]:
    try:
        m = _ast.Name(*args, **kw)
        print("ok", vars(m))
    except TypeError as e:
        print(type(e).__name__, e)
for cls in [_ast.AST, _ast.Load, _ast.Pass, _ast.arguments, _ast.BinOp]:
    try:
        cls(*range(len(cls._fields) + 1))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    _ast.Module().body
except AttributeError as e:
    print(type(e).__name__, e)
print(_ast.Return().value, _ast.Constant(5).kind, _ast.stmt().end_lineno)

# subclasses with their own _fields
class Point(_ast.AST):
    _fields = ("x", "y")
p = Point(1, y=2)
print(p.x, p.y, Point._attributes)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, x=2)
except TypeError as e:
    print(type(e).__name__, e)

class MyName(_ast.Name):
    pass
print(MyName("q").id, isinstance(MyName(), _ast.expr))

# __reduce__ and __dict__
r = _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Constant(2)).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
a = _ast.alias("m", "n")
a.__dict__ = {"name": "z"}
print(a.name, hasattr(a, "asname"), a.asname)
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# the tree from compile(): singletons, types of fields
t = compile("a = b + c\nd = b + c\nx[1:2] = -y", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(t).__name__, len(t.body))
print(t.body[0].value.op is t.body[1].value.op, t.body[0].targets[0].ctx is t.body[1].targets[0].ctx)
print(t.body[0].value.left.ctx is t.body[1].value.left.ctx, type(t.body[0].value.left.ctx).__name__)
print(list(vars(t.body[0]).keys()))
print([(k, type(v).__name__) for k, v in vars(t.body[2].targets[0].slice).items()])
print(_ast.Load() is _ast.Load())
