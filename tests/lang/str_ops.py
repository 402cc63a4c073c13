# comparison, hashing consistency, concatenation/repetition and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
words = ["", "a", "b", "ab", "abc", "B", "é", "e", "z", "ü", "日", "\U0001F600", "\uffff", "a\x00", "aa"]
for a in words:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in words[:6]])
print(sorted(words))
print(max(words), min(words), sorted(words, reverse=True)[:3])
pairs = [("abc", "ab" + "c"), ("é", "\xe9"), ("héllo", "h" + "éllo"), ("日本", "".join(["日", "本"])), ("", "a"[:0]),
         ("x" * 100, "xx" * 50), ("🎉", "\U0001F389")]
for a, b in pairs:
    print(a == b, hash(a) == hash(b), a is b or True)
print(len({"a", "a"[:], "b", "é", "\xe9", "e\u0301"}), {"k": 1}["k"], {"é": 2}["\xe9"])
d = {}
for i in range(200):
    d["key" + str(i)] = i
print(sum(d["key" + str(i)] for i in range(200)), "key77" in d, "key200" in d)
print(hash("") == hash(""[:]), isinstance(hash("abc"), int))
class S(str): pass
print(S("x") == "x", hash(S("x")) == hash("x"), {S("x"): 1}["x"], "x" < S("y"))
t(lambda: "a" < 1)
t(lambda: "a" <= None)
t(lambda: 1 > "a")
t(lambda: "a" >= [])
print("a" == 1, "a" != 1, "1" == 1, "a" == b"a")
print("ab" + "cd", "é" + "ü", "" + "", "x" * 3, 3 * "xy", "é" * 2, "ab" * 0, "ab" * -1, "" * 10, "a" * True)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + None)
t(lambda: "a" + b"b")
t(lambda: b"b" + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: 1.5 * "a")
t(lambda: "a" * (2 ** 62))
t(lambda: "ab" * (2 ** 100))
t(lambda: "a" - "b")
t(lambda: -"a")
t(lambda: "a" / 2)
t(lambda: "a" @ "b")
class I:
    def __index__(self): return 2
print("ab" * I(), I() * "cd")
s = "x"
s += "y"
s *= 2
print(s)
class Radd:
    def __radd__(self, o): return "radd:" + o
    def __rmul__(self, o): return "rmul:" + o
print("a" + Radd(), "b" * Radd())
for ch in "aé\U0001F600":
    print(ch, ord(ch), chr(ord(ch)) == ch)
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(1))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
print(len("héllo"), len(""), len("\U0001F600" * 3), bool(""), bool("a"), list(enumerate("ab")), tuple("xé"), set("aa"))
print(list(zip("abc", "xé")), [c * 2 for c in "hé"], dict.fromkeys("ab"), sorted("hello"), "".join(sorted("cba")))
print(str.__len__("abc"), str.__getitem__("abc", 1), str.__contains__("abc", "b"), str.__add__("a", "b"), str.__mul__("a", 2))
print(str.__eq__("a", 1), str.__lt__("a", 1), "a".__ne__("b"), str.__hash__("a") == hash("a"), str.__mod__("%d", 5))
print(str.__rmod__("%d", 5), "abc".__iter__().__next__(), str.__sizeof__ is not None)
it = iter("hé")
print(type(it).__name__, list(it), list(it))
print(repr("abc".__reversed__()) if hasattr("abc", "__reversed__") else "no __reversed__")
