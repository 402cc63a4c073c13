# str.translate with every kind of table value, and str.maketrans in all three forms
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "Hello, Wörld! 😀"
print(s.translate({ord("l"): "L", ord("o"): None, ord("ö"): "oe", ord("😀"): ":)"}))
print(s.translate({108: 76}), s.translate({}), s.translate({ord("H"): ""}), s.translate({ord(" "): "\u2028"}))
print(s.translate(str.maketrans("lo", "01")), s.translate(str.maketrans("lo", "01", "!,")), s.translate(str.maketrans("", "", "lo")))
print(s.translate(str.maketrans({"l": "ll", "W": None, 111: "0", "😀": 0x1f642})))
print(sorted(str.maketrans("abc", "xyz").items()), sorted(str.maketrans("ab", "cd", "ef").items()))
print(sorted(str.maketrans({"a": 1, 98: "B", "c": None}).items()), str.maketrans({}), str.maketrans("", ""))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError("skip")
        if k == ord("y"):
            return None
        if k == ord("z"):
            raise KeyError(k)
        return k + 1
print("wxyz abc".translate(Table()))
print("abc".translate([None, "skip"] + ["Q"] * 200), "abc".translate("0123456789" * 26))
class Bad:
    def __getitem__(self, k):
        raise ValueError("bad table")
t(lambda: "abc".translate(Bad()))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: -1}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: b"x"}))
t(lambda: "a".translate(None))
t(lambda: "a".translate(5))
t(lambda: "a".translate())
t(lambda: str.maketrans("abc", "xy"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans({"a": "b"}, "c"))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans())
t(lambda: str.maketrans("a", "b", "c", "d"))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans([("a", "b")]))
print("".join(chr(c) for c in range(97, 123)).translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
