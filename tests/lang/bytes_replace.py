# replace: counts, empty patterns, growing and shrinking, argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"one two one two one")
    print(s.replace(b"one", b"1"), s.replace(b"one", b"three"), s.replace(b"one", b""), s.replace(b" ", b""))
    print(s.replace(b"one", b"1", 1), s.replace(b"one", b"1", 2), s.replace(b"one", b"1", 0), s.replace(b"one", b"1", -1))
    print(s.replace(b"zzz", b"!"), s.replace(b"one two one two one", b"all"), s.replace(b"o", b"0", 100))
    print(B(b"abc").replace(b"", b"-"), B(b"abc").replace(b"", b"-", 2), B(b"").replace(b"", b"x"), B(b"").replace(b"a", b"b"))
    print(B(b"aaaa").replace(b"aa", b"b"), B(b"aaa").replace(b"aa", b"aaa"), B(b"abab").replace(b"ab", b"ba"))
    print(s.replace(bytearray(b"one"), memoryview(b"ONE")), type(s.replace(b"x", b"y")).__name__)
    t(lambda: s.replace("one", b"1"))
    t(lambda: s.replace(b"one", "1"))
    t(lambda: s.replace(b"one", b"1", "2"))
    t(lambda: s.replace(b"one", b"1", 1.0))
    t(lambda: s.replace(b"one"))
    t(lambda: s.replace(b"a", b"b", 1, 2))
    t(lambda: s.replace(old=b"a", new=b"b"))
    t(lambda: s.replace(111, b"0"))
b = b"unchanged"
print(b.replace(b"x", b"y") is b, b.replace(b"u", b"u", 0) is b)
ba = bytearray(b"unchanged")
print(ba.replace(b"x", b"y") is ba, ba.replace(b"x", b"y") == ba)
data = b"\r\n".join([b"line1", b"line2", b"line3"])
print(data.replace(b"\r\n", b"\n"), data.replace(b"line", b"L", 2).split(b"\r\n"))
