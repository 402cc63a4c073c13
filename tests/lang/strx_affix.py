# startswith / endswith / removeprefix / removesuffix on non-ASCII strings with ranges
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "¿Qué pasó? 😀"
print(s.startswith("¿"), s.startswith("Qué", 1), s.startswith("Qué", 1, 3), s.endswith("😀"), s.endswith("?", 0, -2),
      s.endswith(("x", "😀")), s.startswith(("¿Q", "x")), s.startswith(()), s.endswith(""), s.startswith("", 12), s.startswith("", 13))
print(s.endswith("", 13), s.endswith("pasó", 5, 9), s.endswith("pasó", 5, 10), s.startswith("é", -10), s.endswith("ó", None, -3))
print(ascii(s.removeprefix("¿")), ascii(s.removesuffix(" 😀")), ascii(s.removeprefix("x")), ascii(s.removesuffix("")),
      ascii("😀😀".removeprefix("😀")), ascii("ab".removesuffix("ab")))
t(lambda: s.startswith(1))
t(lambda: s.startswith(["¿"]))
t(lambda: s.startswith(("¿", 1)))
t(lambda: s.endswith(b"x"))
t(lambda: s.startswith("¿", "0"))
t(lambda: s.startswith())
t(lambda: s.startswith("a", 1, 2, 3))
t(lambda: s.removeprefix(1))
t(lambda: s.removesuffix())
t(lambda: s.startswith(prefix="¿"))
class S(str):
    pass
print(type(S("abc").removeprefix("a")).__name__, type(S("abc").removeprefix("x")).__name__, S("pre-x").startswith(S("pre")))
files = ["réport.pdf", "naïve.txt", "data.csv", "IMG_😀.jpeg"]
print([f for f in files if f.endswith((".pdf", ".txt"))], [f.removesuffix(".jpeg") for f in files if f.startswith("IMG")])
