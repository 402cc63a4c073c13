# split, rsplit, splitlines, partition, strip family
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

cases = ["", " ", "a", " a ", "a b  c", "  a  b  ", "a,b,,c,", ",", ",,", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2000m\u3000n",
         "a--b---c", "ünï cödé  x"]
for s in cases:
    print(repr(s))
    print(" ", s.split(), s.rsplit())
    for m in [-1, 0, 1, 2]:
        print(" ", m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m), s.rsplit(maxsplit=m))
    for sep in [",", "--", "b", "ö", " "]:
        print(" ", repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1))
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit(""))
t(lambda: "abc".split(1))
t(lambda: "abc".split(",", "x"))
t(lambda: "abc".split(sep=",", maxsplit=1, x=2))
t(lambda: "abc".split(",", 1, 2))
t(lambda: "a b".split(sep=None))
for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\r", "\r\n\r\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: "a".splitlines(1, 2))
for s in ["a=b=c", "abc", "=", "", "é=ü=ö"]:
    print(s.partition("="), s.rpartition("="), s.partition("b="), s.rpartition("=c"))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(None))
for s in ["  hi  ", "\t\n hi \x0b\x0c", "xxhixx", "", "   ", "\u3000hé\u2000", "abcba"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip("x")), repr(s.lstrip("ax")), repr(s.rstrip("ab")), repr(s.strip("")), repr(s.strip(None)))
print(repr("héllé".strip("é")), repr("héllé".strip("hé")), repr("\U0001F600a\U0001F600".strip("\U0001F600")))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1, 2))
t(lambda: "a".rstrip([]))
print("www.example.com".removeprefix("www."), "x.py".removesuffix(".py"), "abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("abcd"))
t(lambda: "a".removeprefix(None))
