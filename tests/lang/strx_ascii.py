# ascii(): repr with every non-ASCII character escaped, for str and containers and objects
class R:
    def __repr__(self):
        return "Rëpr\u2028😀"
class S(str):
    pass
values = ["", "plain", "é", "\u00ff", "\u0100", "\uffff", "\U00010000", "\U0010ffff", "\ud800", "a\u0301", "\t\n",
          "日本語", ["é", "x"], ("ü",), {"k": "ß"}, {"ø"}, R(), S("sübclass"), b"\xe9", bytearray(b"\xff"), 1.5, None,
          "'é'", '"é"', "\\é", "\x7f\x80"]
for v in values:
    a = ascii(v)
    print(a, a.isascii(), len(a), a == repr(v).encode("ascii", "backslashreplace").decode("ascii"))
print(f"{'é'!a}", "%a" % "é", "{!a}".format("é"), ascii(ascii("é")))
print(type(ascii(S("x"))).__name__, ascii(S("é")))
