# Part 1 of 3 (every third file): the tests/ast sources through the ast module and back: the tree compiles
# (compile() of ast objects) or fails as CPython's does, and the tree
# survives a copy through the constructors (ast.NodeTransformer's generic
# walk rebuilds nothing, so rebuild by hand) unchanged.
import ast, os

def read(path):
    # os-level reading: works before the io module does
    fd = os.open(path, os.O_RDONLY)
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b"".join(chunks).decode("utf-8")

def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h

def rebuild(node):
    if isinstance(node, list):
        return [rebuild(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    fields = [rebuild(getattr(node, f)) for f in node._fields]
    attrs = {a: getattr(node, a) for a in node._attributes if hasattr(node, a)}
    return type(node)(*fields, **attrs)

for n in sorted(n for n in os.listdir("../ast") if n.endswith(".py"))[0::3]:
    src = read(os.path.join("../ast", n))
    tree = ast.parse(src, n)
    try:
        code = compile(tree, n, "exec")
        compiled = type(code).__name__
    except SyntaxError as e:
        compiled = "SyntaxError: %s (line %s)" % (e.msg, e.lineno)
    copy = rebuild(tree)
    same = ast.dump(copy, include_attributes=True) == ast.dump(tree, include_attributes=True)
    code2 = compile(copy, n, "exec") if not compiled.startswith("Syntax") else None
    text = ast.dump(tree)
    print(n, compiled, len(text), checksum(text), same, code2 is None or code2.co_names == code.co_names)
