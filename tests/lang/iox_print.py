# print() into StringIO and TextIOWrapper, redirect_stdout, sys.stdout replaced by a StringIO, io's ABCs over the _io types.
import _io, sys, contextlib
s = _io.StringIO()
print("a", 1, sep="-", end="!\n", file=s)
print("b", file=s, flush=True)
with contextlib.redirect_stdout(s):
    print("redirected")
    sys.stdout.write("w\n")
print(repr(s.getvalue()))
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8", newline="\r\n", line_buffering=True)
print("x", "é", file=t)
print(b.getvalue())
old = sys.stdout
sys.stdout = _io.StringIO()
print("hidden")
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))
import io
print(io.StringIO("l1\nl2").readlines(), isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(t, io.TextIOBase))
