# ast.dump(ast.parse(src), include_attributes=True) for the sources of the
# tests/ast suite (first half): every node, field and position as CPython.
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

names = sorted(n for n in os.listdir("../ast") if n.endswith(".py"))
for n in names[:len(names) // 2]:
    src = read(os.path.join("../ast", n))
    print("==", n)
    print(ast.dump(ast.parse(src, n), include_attributes=True))
