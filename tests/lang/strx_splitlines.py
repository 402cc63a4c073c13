# str.splitlines: every line boundary CPython knows, keepends, and str.split contrast
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\r\rn"
print(text.splitlines())
print([ascii(x) for x in text.splitlines(True)])
print(len(text.splitlines()), len(text.split("\n")), text.splitlines(keepends=True) == text.splitlines(1))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "x".splitlines(), "x\n".splitlines(), "\r\n".splitlines(True))
print("a\u2028".splitlines(True), "\u2029\u2029".splitlines(), "\x85".splitlines(True), "\r\r\n".splitlines(True))
probe = "".join(chr(c) for c in range(0x3000) if c != 0x0a)
print([hex(ord(line[-1])) for line in probe.splitlines(True)[:-1]])
print("one two\u2028three".split(), "x\x1cy".split(), "p\x85q".split())
try:
    "a".splitlines(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(x=1)
except TypeError as e:
    print(type(e).__name__, e)
for arg in ["yes", [], None, 2, -1, True]:
    try:
        print("a\nb".splitlines(arg))
    except TypeError as e:
        print(type(e).__name__, e)
