# case mappings and is* predicates, ASCII and beyond
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǅemal", "ǉubljana", "ΣΊΣΥΦΟΣ", "ΌΣΟΣ Σ",
         "İstanbul", "ﬁnance", "ŉ", "ΐ", "Ǆ", "they're bill's", "a1b2_c3", "123abc", "", " ", "ÀÉÎÕÜ",
         "ⓐⓑ", "Ⓐ", "ꭰ", "𐐀𐐨", "ß", "ᾳ", "ᾼ", "Αι", "σς", "ΑΣ.", "Α.Σ", "Σ", "aΣ b", "ʼn", "\u0130", "\u1e9e"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()),
          repr(w.casefold()))
    print("  ", w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(),
          w.isnumeric(), w.isspace(), w.isidentifier(), w.isprintable(), w.isascii())
for c in ["0", "٣", "²", "½", "Ⅻ", "〇", "一", "𝟘", "\u00a0", "\t", "\x1c", "\u200b", "\u2028", "\x7f", "\xad", "é", "e\u0301",
          "_", "a-b", "1a", "a1", "__init__", "ℕ", "℘", "·", "\U0001F600", "\ud800", "\x00", "\u0378", "\ue000"]:
    print(repr(c), c.isalpha(), c.isalnum(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(),
          c.isidentifier(), c.isprintable(), c.isascii(), c.islower(), c.isupper())
print("abc".center(9, "é"), "abc".ljust(2), "é".rjust(4, "ü"), "ab".center(5), "ab".center(6, "*"), "abc".center(6, "*"))
for z in ["", "1", "-1", "+1", "abc", "-", "é", "--1"]:
    print(repr(z.zfill(4)), repr(z.zfill(-1)), repr(z.zfill(0)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(3)), repr("\t".expandtabs(0)), repr("ab\n\tc\r\td".expandtabs(4)),
      repr("é\tx".expandtabs(4)), repr("a\tb".expandtabs(-1)), repr("x\ty".expandtabs(tabsize=2)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".center())
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".ljust("5"))
t(lambda: "a".zfill())
t(lambda: "a".upper(1))
t(lambda: "a".isalpha(1))
t(lambda: "a".expandtabs("x"))
t(lambda: "a".center(2**70))
print(" ".join(["a", "b"]), "".join([]), "é".join("abc"), ", ".join(iter(["x", "y"])), "-".join(("z",)))
t(lambda: "".join([1, 2]))
t(lambda: "".join(["a", None]))
t(lambda: "".join(5))
t(lambda: "".join(["a", b"b"]))
t(lambda: ",".join())
tr = str.maketrans("abc", "xyz", "d")
print(sorted(tr.items()), "abcdabcd".translate(tr), "héllo".translate({ord("é"): "e", ord("l"): None, ord("o"): 0x263a}))
print(sorted(str.maketrans({"a": "b", 99: None}).items()))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: -1}))
t(lambda: "abc".translate("xyz"))
class M:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        return k + 1
print("abc".translate(M()))
