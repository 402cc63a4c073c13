# _io in-memory streams with the _IOBase methods they inherit (context manager, readlines, writelines), ABC relations and copy via __getstate__/__setstate__.
import _io as io
print(io.StringIO("a\nb").readlines(), io.BytesIO(b"x\ny").readlines())
with io.StringIO() as s:
    s.write("hello"); print(s.getvalue())
print(s.closed)
with io.BytesIO(b"abc") as b:
    print(b.read())
print(isinstance(io.StringIO(), io._TextIOBase), isinstance(io.BytesIO(), io._BufferedIOBase), issubclass(io.TextIOWrapper, io._TextIOBase), isinstance(io.BytesIO(), io._IOBase))
t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\n"), encoding="utf-8")
print(t.readlines())
t.writelines(["a", "b"]); t.seek(0); print(t.read())
print(io.StringIO("q").readlines(), io.StringIO("x\ny\n").readlines(1))
s = io.StringIO(); s.writelines(["a\n", "b"]); print(repr(s.getvalue()))
import copy
b = io.BytesIO(b"pk"); b.read(1); b.tag = "t"
c = copy.copy(b)
print(c.getvalue(), c.tell(), c.tag, type(c).__name__)
s = io.StringIO("s\r\nt", newline=None); s.read(1)
c = copy.deepcopy(s)
print(repr(c.getvalue()), c.tell(), repr(c.read()))
class Sub(io.BytesIO):
    pass
c = copy.copy(Sub(b"sub"))
print(type(c).__name__, c.getvalue())
