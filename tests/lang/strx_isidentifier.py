# str.isidentifier: XID_Start / XID_Continue, NFKC, keywords are identifiers too
samples = ["a", "_", "__init__", "a1", "1a", "", " ", "a b", "a-b", "if", "None", "True", "class_", "ñ", "é", "日本",
           "变量", "αβγ", "ℕ", "℘", "℮", "Ⅻ", "ⅻ", "x²", "²", "x₁", "𝐱", "ﬁ", "ǅ", "ʰ", "ー", "〆", "a\u0301", "\u0301a",
           "a·b", "·", "a\u200c", "a\u200d", "a\u00b7", "$", "a$", "a!", "\U0001f600", "a\U0001f600", "١٢", "x١", "ǈ",
           "\u2118", "\u212e", "\u309b", "\u309c", "a\u309b", "\u1885", "\u0e33", "a\u0e33", "\ufe33", "a\ufe33", "\U000e0100"]
for s in samples:
    print(ascii(s), s.isidentifier(), s.isalnum(), s.isalpha(), s.isprintable())
class NS:
    pass
ns = NS()
for name in ["café", "x", "not valid", "9x"]:
    if name.isidentifier():
        setattr(ns, name, len(name))
print(sorted(k for k in vars(ns)))
