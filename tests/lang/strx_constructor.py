# str(): every argument form, subclasses, and what str/repr give for builtin values
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: str())
t(lambda: str("é"))
t(lambda: str(object="kw"))
t(lambda: str(12))
t(lambda: str(-1.5e300))
t(lambda: str(1e16))
t(lambda: str(2j))
t(lambda: str(None))
t(lambda: str(True))
t(lambda: str([1, "é", None]))
t(lambda: str((1,)))
t(lambda: str({"k": b"v"}))
t(lambda: str({1}))
t(lambda: str(frozenset()))
t(lambda: str(range(3)))
t(lambda: str(slice(1, None)))
t(lambda: str(b"b\xff"))
t(lambda: str(bytearray(b"x")))
t(lambda: str(Ellipsis))
t(lambda: str(NotImplemented))
t(lambda: str(str))
t(lambda: str(ValueError("msg")))
t(lambda: str(KeyError("k")))
t(lambda: str(b"\xc3\xa9", "utf-8"))
t(lambda: str(b"\xff", "utf-8", "replace"))
t(lambda: str(b"\xff", errors="ignore"))
t(lambda: str(bytearray(b"\xc3\xa9"), "utf-8"))
t(lambda: str(memoryview(b"mv"), "ascii"))
t(lambda: str("é", "utf-8"))
t(lambda: str(5, "utf-8"))
t(lambda: str(b"x", 5))
t(lambda: str(b"x", "utf-8", 5))
t(lambda: str(b"x", "utf-8", "strict", 1))
t(lambda: str(obj=1))
class S(str):
    def __new__(cls, v="default"):
        return super().__new__(cls, v.upper() if isinstance(v, str) else v)
s = S("hé")
print(ascii(s), type(s).__name__, ascii(S()), ascii(str(s)), type(str(s)).__name__, s == "HÉ", isinstance(s, str))
class T(str):
    pass
print(type(T(b"\xc3\xa9", "utf-8")).__name__, ascii(T(b"\xc3\xa9", "utf-8")), type(T(5)).__name__, T(5) + "!")
