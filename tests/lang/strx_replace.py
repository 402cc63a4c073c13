# str.replace: counts, empty old, non-ASCII, growth and shrink, errors
s = "añb añb añb"
print(s.replace("ñ", "n"), s.replace("añb", "x"), s.replace("añb", "😀😀", 2), s.replace(" ", ""), s.replace("ñ", "ñ"))
print(s.replace("añb", "z", 0), s.replace("añb", "z", -1), s.replace("añb", "z", -100), s.replace("q", "z"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("", "x", 0), "日本".replace("", "|"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "aaa"), "ééé".replace("éé", "e"), "😀x😀".replace("😀", ""))
print("x" * 3 + "é", ("ab" * 1000).replace("ab", "é").count("é"), ("é" * 100).replace("é", "ab", 50).count("ab"))
class Idx:
    def __index__(self):
        return 1
print("a.b.c".replace(".", "/", Idx()), "a.b.c".replace(".", "/", True))
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 1))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", 1.0))
t(lambda: "a".replace("a", "b", 2 ** 80))
t(lambda: "a".replace(old="a", new="b"))
t(lambda: "a".replace(b"a", b"b"))
