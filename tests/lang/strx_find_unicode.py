# find/rfind/index/rindex/count on non-ASCII text: results are code point indexes
s = "héllo wörld, héllo 😀 wörld"
print(s.find("héllo"), s.find("héllo", 1), s.rfind("héllo"), s.find("wörld"), s.rfind("wörld"), s.find("😀"), s.rfind("d"))
print(s.find("ö", 10), s.find("ö", 10, 12), s.find("ö", -6), s.rfind("ö", 0, -6), s.find(""), s.rfind(""), s.find("", 27), s.find("", 28))
print(s.count("é"), s.count("l"), s.count("héllo"), s.count(""), s.count("", 5, 10), s.count("ö", -7), s.count("😀😀"))
print(s.index("😀"), s.rindex("ö"), s.index("w", 8), len(s), s[s.find("😀")], s.startswith("😀", 19), s.endswith("wörld", 0, 12))
print("日本語".find("語"), "日本語".find("本", 2), "😀😀😀".count("😀"), "😀😀😀".rfind("😀"), "aaaa".count("aa"), "ééé".count("éé"))
print("x".find("xx"), "".find(""), "".find("", 1), "abc".find("c", -1), "abc".find("a", -100, 100), "abc".rfind("", 1, 2))
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.index("xyz"))
t(lambda: s.rindex("é", 5, 10))
t(lambda: s.find(1))
t(lambda: s.find(b"h"))
t(lambda: s.count())
t(lambda: s.find("a", "1"))
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.find(sub="a"))
t(lambda: s.index(None))
