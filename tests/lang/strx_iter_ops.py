# str iteration, membership, concatenation and repetition with non-ASCII text
s = "aé😀日"
print([ascii(c) for c in s], [ord(c) for c in s], list(reversed(s)) == list(s)[::-1], len(list(iter(s))))
it = iter(s)
print(type(it).__name__, type(iter("abc")).__name__, ascii(next(it)), it.__length_hint__(), [ascii(c) for c in it])
print("é" in s, "😀日" in s, "" in s, "é😀" in s, "x" in s, "日本" in "日本語", "" in "")
print(ascii(s + s), ascii(s * 2), ascii(2 * s), ascii(s * 0), ascii(s * -1), len(s * 1000), ascii(("é" * 3)[1:]))
a, b, *c = "é😀xyz"
print(ascii(a), ascii(b), c, dict(zip("abc", "éèê")) == {"a": "é", "b": "è", "c": "ê"}, sorted("bçaé"))
print(max("aé😀"), min("aé😀") == "a", ascii(max("aé😀")), sum(map(ord, "é😀")), any(c.isupper() for c in "aÉ"))
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 in "abc")
t(lambda: b"a" in "abc")
t(lambda: None in "abc")
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + b"b")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a" * (2 ** 100))
t(lambda: [] + "a")
acc = ""
for i in range(300):
    acc += chr(0x3b1 + i % 24)
print(len(acc), ascii(acc[:10]), acc.count("α"), acc.isalpha(), acc.islower(), ascii(acc.upper()[:5]))
