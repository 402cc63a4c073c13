# center / ljust / rjust / zfill / format alignment count code points, with non-ASCII fills
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["é", "日本", "😀", "a\u0301", ""]:
    print([ascii(x) for x in (s.center(6, "·"), s.ljust(5, "😀"), s.rjust(4, "é"), s.center(5), s.zfill(4), s.center(1))])
print(ascii("ab".center(5, "★")), ascii("ab".center(6, "★")), ascii("abc".center(6, "★")), ascii("-é".zfill(4)), ascii("+😀".zfill(3)))
print(ascii(f"{'é':★^7}"), ascii(f"{'日本':<6}|"), ascii(f"{'😀':>3}|"), ascii("{:€^9}".format("mid")), ascii(format("x", "ü>4")))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, b"*"))
t(lambda: "a".ljust(5, 42))
t(lambda: "a".rjust())
t(lambda: "a".center(5.0))
t(lambda: "a".zfill("5"))
t(lambda: "a".center(2 ** 70))
t(lambda: "a".ljust(width=3))
cols = [("naïve", 3), ("日本語", 12), ("😀 smile", 105)]
for name, n in cols:
    print("|" + name.ljust(10, ".") + "|" + str(n).rjust(5) + "|" + name.center(11, "=") + "|")
