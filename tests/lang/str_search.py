# find/rfind/index/rindex/count/startswith/endswith/replace/in
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "abcabcab"
u = "héllo wörld héllo"
for hay in [s, u, ""]:
    for needle in ["", "a", "ab", "b", "cab", "x", "é", "llo", "héllo"]:
        for st, en in [(None, None), (1, None), (-3, None), (2, 5), (5, 2), (-100, 100), (100, None), (0, -1), (3, 3)]:
            print(repr(hay[:6]), repr(needle), st, en, hay.find(needle, st, en), hay.rfind(needle, st, en),
                  hay.count(needle, st, en), hay.startswith(needle, st, en), hay.endswith(needle, st, en))
t(lambda: s.index("x"))
t(lambda: s.rindex("x"))
t(lambda: s.index("c", 3))
t(lambda: s.rindex("c", 0, 5))
t(lambda: s.find(1))
t(lambda: s.count())
t(lambda: s.find("a", "x"))
t(lambda: s.find("a", None, None))
t(lambda: s.find("a", 1.5))
t(lambda: s.startswith(("x", "ab")))
t(lambda: s.endswith(("x", "y")))
t(lambda: s.startswith(("x", 1)))
t(lambda: s.startswith(["a"]))
t(lambda: s.endswith(1))
t(lambda: s.startswith())
t(lambda: "".startswith("", 1))
t(lambda: "ab".startswith("", 2))
t(lambda: "ab".startswith("", 3))
t(lambda: "ab".endswith("", 3))
for old, new, cnt in [("a", "X", -1), ("a", "X", 0), ("a", "X", 1), ("a", "X", 2), ("", "-", -1), ("", "-", 2),
                      ("ab", "", -1), ("abc", "abcabc", -1), ("x", "y", -1), ("b", "é", 2), ("", "", -1)]:
    print(repr(s.replace(old, new, cnt)), repr(u.replace(old, new, cnt)), repr("".replace(old, new, cnt)))
print("héllo".replace("é", "e"), "héllo".replace("", "|"), "aaa".replace("aa", "b"))
t(lambda: s.replace("a"))
t(lambda: s.replace(1, "a"))
t(lambda: s.replace("a", 1))
t(lambda: s.replace("a", "b", "c"))
t(lambda: s.replace("a", "b", count=1))
print("a" in "abc", "" in "", "" in "abc", "é" in "héllo", "bc" in "abc", "x" not in "abc", "lö" in u)
t(lambda: 1 in "abc")
t(lambda: None in "abc")
print("a\x00b".find("\x00"), "\x00" in "a\x00b", len("a\x00b"))
