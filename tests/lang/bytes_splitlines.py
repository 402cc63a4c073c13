# splitlines: only \n, \r and \r\n end lines in bytes, keepends
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\n\n\r\r\n")
    print(s.splitlines())
    print(s.splitlines(True))
    print(s.splitlines(keepends=True) == s.splitlines(1), s.splitlines(False) == s.splitlines())
    print(B(b"").splitlines(), B(b"\n").splitlines(), B(b"\n").splitlines(True), B(b"no newline").splitlines(True))
    print(B(b"\r\n\r\n").splitlines(), B(b"\n\r").splitlines(True), B(b"x\r").splitlines(True), B(b"\r\rx").splitlines())
    print([type(x).__name__ for x in B(b"a\nb").splitlines()])
    t(lambda: s.splitlines("yes"))
    t(lambda: s.splitlines(1.5))
    t(lambda: s.splitlines(True, False))
    t(lambda: s.splitlines(keep=True))
print(b"a\nb".splitlines(keepends=2), b"a\nb".splitlines(keepends=0), b"a\nb".splitlines(None) if False else "skip")
text = b"header\r\n" + b"".join(b"row %d\n" % i for i in range(5)) + b"footer"
for line in text.splitlines():
    print(line.decode(), len(line))
