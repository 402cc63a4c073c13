# str.expandtabs: columns count characters (not bytes), reset at line boundaries
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a\tb", "ab\tc", "abcdefgh\ti", "\t", "\t\t", "é\tx", "日本\tx", "😀\tx", "a\u0301\tb", "a\nb\tc", "ab\r\tc",
          "ab\u2028\tc", "ab\x0b\tc", "ab\x1c\tc", ""]:
    print(ascii(s), [ascii(s.expandtabs(n)) for n in (0, 1, 2, 4, 8)])
print(ascii("x\ty".expandtabs(tabsize=3)), ascii("x\ty".expandtabs(-1)), ascii("\tx".expandtabs(True)))
t(lambda: "a\tb".expandtabs("4"))
t(lambda: "a\tb".expandtabs(4.0))
t(lambda: "a\tb".expandtabs(2 ** 63))
t(lambda: "a\tb".expandtabs(4, 5))
t(lambda: "a\tb".expandtabs(size=4))
rows = ["name\tqty", "äpfel\t3", "日本茶\t12"]
print("\n".join(r.expandtabs(10) for r in rows))
