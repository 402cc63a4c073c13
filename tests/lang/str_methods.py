# str methods: results and edge cases, compared with CPython 3.11.
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print("xxhixx".strip("x"), "abcba".strip("ab"), "".strip())
print("a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1))
print("  a b c  ".split(None, 1), "a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3\rend".splitlines())
print("x\ny\n".splitlines(True), "".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("l", 3), "hello".find("", 10))
print("hello".index("e"), "hello".rindex("l"), "hello".count("l"), "hello".count(""), "aaaa".count("aa"))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("abc".center(9, "*"), "abc".center(8), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("a\tbc\tdef\tg".expandtabs(), "a\tb".expandtabs(4), "x\ty\nab\tc".expandtabs(3))
print("hello world".title(), "HELLO".lower(), "hello".upper(), "hELLo".swapcase(), "hello WORLD".capitalize())
print("straße".upper(), "ǆemal".title(), "ΟΔΟΣ ΟΔΟΣ.".lower(), "ﬁne".upper(), "İ".lower(), "ß".casefold())
print("they're bill's".title(), "123abc".title(), "ǅ".swapcase())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal())
print(" \t\n".isspace(), "".isspace(), "abc".islower(), "ABC".isupper(), "Title Case".istitle(), "Not title".istitle())
print("_id1".isidentifier(), "1id".isidentifier(), "été".isidentifier(), "abc\x01".isprintable(), "é".isascii(), "a".isascii())
print("prefix_rest".removeprefix("prefix_"), "rest.py".removesuffix(".py"), "x".removesuffix(""))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}))
print("héllo wörld €".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é€".encode("ascii", "replace"))
print("é€".encode("ascii", "ignore"), "é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"))
print(b"h\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"\xe9".decode("latin-1"), str(b"abc", "ascii"))
print(str(), str(42), str("x"), str(3.5), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("a\n\t\\"))
e = "héllo€😀"
print(len(e), e[1], e[-1], e[1:4], e[::-1], e[::2], e[5:], e[:-2])
print("abcdef"[1:5:2], "abcdef"[::-2], "abcdef"[10:], "abcdef"[-100:2])
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
print("a" < "b", "abc" < "abd", "é" > "z", "a" == "a", "a" != "b", "abc" >= "ab", "" < "a")
print("ell" in "hello", "" in "abc", "z" in "abc")
print([c for c in "hé€"], list("abc"))
print("a".__sizeof__() > 0, "abc".__getnewargs__())
key = "x"
for bad in [lambda: "abc"[5], lambda: "abc"[key], lambda: "a" + 1, lambda: "a" * "b", lambda: 1 in "a",
            lambda: "a".index("z"), lambda: "a".split(""), lambda: ",".join([1]), lambda: "a".center(5, "xy"),
            lambda: "a".startswith(1), lambda: "a".strip(1), lambda: "é".encode("ascii"), lambda: b"\xff".decode(),
            lambda: "a".encode("nope"), lambda: "abc"[::0], lambda: 2.0 * "a", lambda: "".join(5)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
