# repr and ascii of strings: quote choice, escapes, non-printables
for s in ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x01\x1f\x7f",
          "\x80\x9f\xa0\xad", "é", "日本", "\u200b\u2028\u2029\ufeff", "\ud800", "\udfff", "\U0001F600", "\U000e0001",
          "\U0010ffff", "\u0378", "\ue000", "a\\nb", "\x1b[0m", "tab\there", "\u00a0", "\u3000", "\u0300", "\U0001d400"]:
    print(repr(s), ascii(s), len(repr(s)), str(s) == s)
print(repr(["a'b", 'c"d', "é"]), ascii(["é", "\U0001F600"]), repr(("x",)), repr({"k": "v"}))
print(str("abc"), str(), str(123), str(None), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", encoding="utf-8"),
      str(b"\xff", "utf-8", "replace"), str(errors="strict"), str(object=5))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str(1, "utf-8"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"x", "nope"))
t(lambda: str("x", "utf-8"))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
class R:
    def __repr__(self): return "R!"
class S(R):
    def __str__(self): return "S!"
class Bad:
    def __str__(self): return 5
class BadR:
    def __repr__(self): return None
print(str(R()), repr(R()), str(S()), repr(S()), "%s %r" % (S(), S()), f"{S()!r}")
t(lambda: str(Bad()))
t(lambda: repr(BadR()))
t(lambda: "%s" % Bad())
class MyStr(str):
    pass
m = MyStr("hi")
print(repr(m), type(m).__name__, type(str(m)).__name__, type(m + "x").__name__, m == "hi", type(m.upper()).__name__,
      type(m[0:1]).__name__, type(m * 1).__name__, isinstance(m, str))
class MyStr2(str):
    def __str__(self): return "custom"
    def __repr__(self): return "MyStr2()"
m2 = MyStr2("v")
print(str(m2), repr(m2), "%s" % m2, f"{m2}", "{}".format(m2), [m2], m2 + "w")
