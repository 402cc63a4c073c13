# compile() of ast objects: the conversion errors (missing fields, wrong
# node types, non-lists, bad identifiers and ints) and the validator's
# (contexts, empty bodies, lengths, positions, constants, patterns), in
# CPython's order and words; valid trees compile and run.
import _ast as ast

def show(e):
    msg = str(e)
    i = msg.find(" object at 0x")
    if i >= 0:
        msg = msg[:i] + " object>"
    print(type(e).__name__, msg)

def t(tree, mode="exec"):
    try:
        r = compile(tree, "<x>", mode)
        print("ok", type(r).__name__)
        return r
    except Exception as e:
        show(e)

P = dict(lineno=1, col_offset=0)
C = lambda v: ast.Constant(v, **P)
N = lambda n, ctx=ast.Load: ast.Name(n, ctx(), **P)
def mod(*stmts):
    return ast.Module(list(stmts), [])
def ex(e):
    return mod(ast.Expr(e, **P))

# positions and required fields
t(ast.Expression(ast.Name("x", ast.Load(), lineno=3, col_offset=0, end_lineno=1, end_col_offset=0)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=5)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_col_offset=None)), "eval")
t(ast.Expression(ast.Name("None", ast.Load(), lineno=1, col_offset=5)), "eval")
t(ast.Expression(ast.Name("x", ast.Load())), "eval")
t(ast.Module([ast.Expr(ast.Name("x", ast.Load()))]))
t(ast.Module([ast.Expr(N("x"), **P)], ()))
t(ast.Module((), []))
t(ex(ast.Constant(1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=0)))
t(ex(ast.Constant(1, lineno=1, col_offset=-1, end_lineno=1, end_col_offset=0)))
t(ex(ast.Constant(1, lineno=-1, col_offset=1, end_lineno=1, end_col_offset=3)))
t(ex(ast.Constant(1, lineno=-1, col_offset=1, end_lineno=-1, end_col_offset=3)))
t(mod(ast.Expr(ast.Constant(1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=0), lineno=1, col_offset=5, end_lineno=1, end_col_offset=0)))
t(ex(ast.Constant(1, lineno="a", col_offset=0)))
t(ex(ast.Constant(1, lineno=2**70, col_offset=0)))
t(ex(ast.Constant(1, lineno=True, col_offset=0)))
# node types, lists, identifiers
t(ex(N("x", ast.Store)))
t(ex(ast.Name(5, ast.Load(), **P)))
t(ex(ast.Name("x", ast.Load, **P)))
t(ex(ast.Name("x", 5, **P)))
t(ex(ast.Name("x", None, **P)))
t(mod(ast.Expr(5, **P)))
t(mod(5))
t(5)
t(N("x"))
t(ast.Expression(N("x")), "exec")
t(mod(ast.Expr(None, **P)))
t(mod(None))
t(mod(ast.Global(["a", 1], **P)))
class S(str):
    pass
t(mod(ast.Global([S("a")], **P)))
t(mod(ast.Global([], **P)))
t(ex(C(S("a"))))
t(ex(C([1])))
t(ex(C((1, [2]))))
t(ex(C((1, (2, frozenset({3}))))))
t(ex(C(True)))
t(mod(ast.ImportFrom("a", [ast.alias("b", **P)], None, **P)))
t(mod(ast.ImportFrom("a", [ast.alias("b")], None, **P)))
t(mod(ast.ImportFrom("a", [ast.alias("b", **P)], -1, **P)))
t(mod(ast.Import([], **P)))
t(ex(ast.Pass(**P)))
t(ex(ast.BinOp(C(1), ast.Add, C(1), **P)))
t(ex(ast.BinOp(C(1), None, C(1), **P)))
t(ex(ast.BinOp(C(1), ast.Add(), C(1), **P)))
t(ex(ast.Compare(C(1), [ast.Eq], [C(1)], **P)))
t(ex(ast.Compare(C(1), [], [], **P)))
t(ex(ast.Compare(C(1), [ast.Eq(), ast.Lt()], [C(2)], **P)))
t(ex(ast.BoolOp(ast.And(), [C(2)], **P)))
t(ex(ast.Dict([C(1)], [], **P)))
t(ex(ast.Dict([None], [N("x")], **P)))
t(ex(ast.List([None], ast.Load(), **P)))
t(ex(N("x", ast.Del)))
t(mod(ast.Delete([ast.BinOp(C(1), ast.Add(), C(2), **P)], **P)))
t(mod(ast.Delete([], **P)))
t(mod(ast.Assign([], C(1), **P)))
t(mod(ast.AugAssign(ast.Tuple([N("a", ast.Store)], ast.Store(), **P), ast.Add(), C(1), **P)))
t(mod(ast.AnnAssign(ast.Attribute(N("a"), "b", ast.Store(), **P), N("int"), None, 1, **P)))
t(ex(ast.NamedExpr(ast.Attribute(N("a"), "b", ast.Store(), **P), C(1), **P)))
t(ex(ast.JoinedStr([ast.FormattedValue(C(1), "x", None, **P)], **P)))
t(ex(ast.JoinedStr([ast.FormattedValue(C(1), 2**40, None, **P)], **P)))
t(ex(ast.Constant(1, kind=5, **P)))
t(mod(ast.Expr(C(1), **P)), "eval")
t(ast.Interactive([ast.Expr(C(1), **P)]), "eval")
t(ast.FunctionType([], C(1)), "func_type")
t(mod(ast.Expr(C(1), **P)))
t(ast.Module([ast.Expr(C(1), **P)], [ast.TypeIgnore(1, "x")]))
t(ast.Module([ast.Expr(C(1), **P)], [ast.TypeIgnore(1)]))
t(ast.Module([ast.Expr(C(1), **P)], [5]))
# products
def call(kws):
    return ex(ast.Call(N("f"), [], kws, **P))
t(call([ast.keyword()]))
t(call([ast.keyword(arg=None, value=None)]))
t(call([ast.keyword(arg=None, value=None, **P)]))
t(call([None]))
t(call([ast.keyword(arg="k", value=C(1), **P)]))
A0 = lambda: ast.arguments([], [], None, [], [], None, [])
t(mod(ast.FunctionDef("f", A0(), [], [], **P)))
t(mod(ast.FunctionDef("f", None, [ast.Pass(**P)], [], **P)))
t(mod(ast.FunctionDef(None, A0(), [ast.Pass(**P)], [], **P)))
t(ex(ast.Lambda(ast.arguments([], [], None, [], [], None, [C(1)]), C(1), **P)))
t(ex(ast.Lambda(ast.arguments([], [], None, [ast.arg("k", **P)], [], None, []), C(1), **P)))
t(ex(ast.Lambda(ast.arguments([], [ast.arg("a")], None, [], [], None, []), C(1), **P)))
t(ex(ast.ListComp(C(1), [], **P)))
t(ex(ast.ListComp(C(1), [ast.comprehension(N("x"), N("y"), [], 0)], **P)))
t(mod(ast.ClassDef("C", [], [], [], [], **P)))
t(mod(ast.With([], [ast.Pass(**P)], **P)))
t(mod(ast.Try([ast.Pass(**P)], [], [], [], **P)))
t(mod(ast.Try([ast.Pass(**P)], [], [ast.Pass(**P)], [ast.Pass(**P)], **P)))
t(mod(ast.TryStar([ast.Pass(**P)], [], [], [], **P)))
t(mod(ast.Try([ast.Pass(**P)], [ast.ExceptHandler(None, None, [], **P)], [], [], **P)))
t(mod(ast.Raise(None, C(1), **P)))
t(mod(ast.If(C(1), [], [], **P)))
t(mod(ast.While(C(1), [ast.Pass(**P)], [None], **P)))
# statements the compiler refuses
t(ex(ast.Starred(C(1), ast.Load(), **P)))
t(mod(ast.Assign([ast.Starred(N("a", ast.Store), ast.Store(), **P)], C(1), **P)))
t(mod(ast.Return(C(1), **P)))
t(ex(ast.Await(C(1), **P)))
t(ex(ast.Yield(C(1), **P)))
t(mod(ast.Break(**P)))
t(mod(ast.Nonlocal(["x"], **P)))
# patterns
def match(p, guard=None):
    return mod(ast.Match(N("v"), [ast.match_case(p, guard, [ast.Pass(**P)])], **P))
PP = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
t(match(ast.MatchAs(None, "x", **P)))
t(match(ast.MatchAs(None, "x", **PP)))
t(match(ast.MatchAs(ast.MatchAs(None, None, **PP), None, **PP)))
t(match(ast.MatchAs(None, "_", **PP)))
t(match(ast.MatchStar("x", **PP)))
t(match(ast.MatchSequence([ast.MatchStar("x", **PP)], **PP)))
t(match(ast.MatchValue(N("x"), **PP)))
t(match(ast.MatchValue(C(None), **PP)))
t(match(ast.MatchValue(C(1), **PP)))
t(match(ast.MatchValue(ast.UnaryOp(ast.USub(), C(1), **P), **PP)))
t(match(ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2j), **P), **PP)))
t(match(ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2), **P), **PP)))
t(match(ast.MatchSingleton(1, **PP)))
t(match(ast.MatchSingleton(None, **PP)))
t(match(ast.MatchOr([ast.MatchAs(None, None, **PP)], **PP)))
t(match(ast.MatchMapping([C(1)], [], None, **PP)))
t(match(ast.MatchMapping([C(True)], [ast.MatchAs(None, None, **PP)], "_", **PP)))
t(match(ast.MatchMapping([C(True)], [ast.MatchAs(None, None, **PP)], "r", **PP)))
t(match(ast.MatchClass(C(1), [], [], [], **PP)))
t(match(ast.MatchClass(N("int"), [], ["a"], [], **PP)))
t(match(ast.MatchClass(ast.Attribute(N("a"), "b", ast.Load(), **P), [], ["True"], [ast.MatchAs(None, None, **PP)], **PP)))
t(match(ast.MatchClass(N("int"), [ast.MatchAs(None, None, **PP)], [], [], **PP)))
t(mod(ast.Match(N("v"), [], **P)))

# required fields holding None; objects that misbehave while read
t(ast.Expression(ast.Name(None, ast.Load(), **P)), "eval")
t(ast.Expression(ast.Attribute(N("a"), None, ast.Load(), **P)), "eval")
t(mod(ast.Import([ast.alias(None, **P)], **P)))
t(ast.Module([], [ast.TypeIgnore(1, None)]))
t(mod(ast.Expr(ast.Constant(**P), **P)))
t(mod(ast.FunctionDef("f", ast.arguments([], [ast.arg(None, **P)], None, [], [], None, []), [ast.Pass(**P)], [], **P)))
t(mod(ast.With([ast.withitem(None)], [ast.Pass(**P)], **P)))
t(mod(ast.Match(N("x"), [ast.match_case(None, None, [ast.Pass(**P)])], **P)))
t(ast.Expression(ast.ListComp(N("x"), [ast.comprehension(None, None, [], 0)], **P)), "eval")
t(ast.Expression(ast.ListComp(N("x"), [ast.comprehension(N("x", ast.Store), N("y"), [], None)], **P)), "eval")
t(ast.Expression(ast.Compare(N("x"), [None], [N("y")], **P)), "eval")
class L(list):
    pass
t(ast.Module(L([ast.Pass(**P)]), []))
class Sub(ast.Name):
    @property
    def id(self):
        raise KeyError("nope")
t(ast.Expression(Sub(ctx=ast.Load(), **P)), "eval")
class Sub2(ast.Name):
    @property
    def id(self):
        raise AttributeError("nope")
t(ast.Expression(Sub2(ctx=ast.Load(), **P)), "eval")
body = [ast.Pass(**P), ast.Pass(**P)]
class Evil(ast.Pass):
    @property
    def lineno(self):
        body.clear()
        return 1
    col_offset = 0
body.insert(0, Evil())
t(ast.Module(body, []))

# valid trees run
ns = {}
exec(t(mod(ast.Assign([N("x", ast.Store)], ast.BinOp(C(6), ast.Mult(), C(7), **P), **P))), ns)
print(ns["x"])
print(eval(t(ast.Expression(C((1, frozenset({2}), 3 + 4j, 2**100, -0.0, b"z", ...))), "eval")))
code = t(mod(ast.Expr(C("doc"), **P), ast.FunctionDef("f", A0(), [ast.Expr(C("fdoc"), **P), ast.Return(C(-1), **P)], [], **P)))
ns = {}
exec(code, ns)
print(ns["__doc__"], ns["f"].__doc__, ns["f"]())
code = t(ast.Interactive([ast.Expr(ast.BinOp(C(2), ast.Pow(), C(10), **P), **P)]), "single")
exec(code, {})
print(eval(compile(ast.Expression(ast.Constant(7)), "<x>", "eval", dont_inherit=True) if False else t(ast.Expression(ast.JoinedStr([C("a"), ast.FormattedValue(C(3.5), ord("r"), ast.JoinedStr([C(">8")], **P), **P)], **P)), "eval")))
tree = ast.Module([], [])
print(compile(tree, "<x>", "exec", ast.PyCF_ONLY_AST) is tree)
try:
    compile(tree, "<x>", "bad")
except ValueError as e:
    show(e)
try:
    compile(tree, "<x>", "bad", ast.PyCF_ONLY_AST)
except ValueError as e:
    show(e)
