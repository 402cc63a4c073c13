# ordering and equality of non-ASCII strings: by code point, not by UTF-8 bytes or locale
words = ["apple", "Apple", "äpple", "Äpple", "zebra", "éclair", "eclair", "Ω", "ω", "日本", "中文", "😀", "\uffff",
         "\U00010000", "a\u0301", "á", "", " ", "a", "ab", "b", "\x00", "\x7f", "\x80", "\ud7ff", "\ue000"]
print(sorted(words))
print([ascii(w) for w in sorted(words, reverse=True)][:6])
print(sorted(words, key=len)[:5], min(words), ascii(max(words)))
print("\uffff" < "\U00010000", "\ud7ff" < "\ue000", "\ue000" < "\uffff", "z" < "é", "é" < "ê", "a\u0301" == "á")
print("abc" < "abd", "abc" < "abcd", "" < "a", "Z" < "a", "é" > "e", "日" > "本", "😀" > "日")
pairs = [("a", "a"), ("a", "b"), ("é", "e"), ("😀", "\uffff"), ("ab", "a"), ("\U00010000", "\U0010ffff")]
for x, y in pairs:
    print(ascii(x), ascii(y), x < y, x <= y, x == y, x != y, x > y, x >= y, (x > y) - (x < y))
s1 = "".join(["é", "t", "é"])
s2 = "été"
print(s1 == s2, s1 is not s2 or True, hash(s1) == hash(s2), {s1: 1}[s2], s2 in [s1], s1.__eq__(s2), s1.__lt__(5))
class S(str):
    pass
print(S("é") == "é", "é" == S("é"), S("a") < "b", sorted([S("b"), "a", S("c")]))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < b"a"
except TypeError as e:
    print(type(e).__name__, e)
print("a" == b"a", "a" != 1, ["é"] < ["ê"], ("é", 1) < ("é", 2))
