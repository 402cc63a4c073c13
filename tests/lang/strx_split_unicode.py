# split / rsplit with Unicode whitespace and multi-character non-ASCII separators
s = "alpha\u3000beta\xa0gamma\u2028delta\x85epsilon\u2003zeta"
print(s.split(), s.rsplit(None, 2), s.split(None, 1), len(s.split("\u3000")))
print("a😀b😀😀c".split("😀"), "a😀b😀😀c".rsplit("😀", 1), "a😀b😀😀c".split("😀😀"), "日本語日本".split("日本"))
print("ééxééyéé".split("éé"), "ééxééyéé".rsplit("éé", 2), "x".split("éé"), "".split("é"), "".split())
print("  lead and trail  ".split(), "  lead and trail  ".split(" "), "a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2))
print("1 2 3 4".split(maxsplit=2), "1 2 3 4".rsplit(maxsplit=2), "1 2".split(None, 0), " 1 2 ".split(None, 0), " 1 2 ".rsplit(None, 0))
print("k1=v1;k2=v2;k3".split(";"), [p.partition("=") for p in "k1=v1;k2=v2;k3".split(";")])
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a b".split(""))
t(lambda: "a b".split(1))
t(lambda: "a b".split(b" "))
t(lambda: "a b".split(" ", "1"))
t(lambda: "a b".split(" ", 1, 2))
t(lambda: "a b".rsplit(sep=" ", maxsplit=2 ** 80))
t(lambda: "a b".split(x=1))
print(len(("é " * 1000).split()), ("é " * 1000).split()[-1], len(("é," * 500).split(",")))
# a continuation byte followed by ASCII must not look like the start of a space character
print(ascii("ας ".split()), ascii("ας  β".split()), ascii("ßé x".split()), ascii("日本 語".split(None, 1)), ascii("аб вг".rsplit()))
print(ascii("\u0102 \u0142 \u0182 x".split()), ascii([w for w in "ﬁ ﬂ ﬃ".split()]))
