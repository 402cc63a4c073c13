# indexing and slicing with steps on strings mixing 1-, 2-, 3- and 4-byte characters
s = "aé€😀bß日🎉c"
print(len(s), [ascii(c) for c in s])
for i in range(-len(s), len(s)):
    print(i, ascii(s[i]), ascii(s[i:]), ascii(s[:i]), ascii(s[i::2]), ascii(s[i::-1]), ascii(s[::i or 1]))
print(ascii(s[::-1]), ascii(s[1:8:3]), ascii(s[7:1:-2]), ascii(s[-2:-9:-3]), ascii(s[100:]), ascii(s[-100:2]))
print(ascii(s[::100]), ascii(s[::-100]), ascii(s[2:2]), ascii(s[5:2]), ascii(s[slice(None, None, 4)]))
t = "😀" * 5 + "x" + "é" * 5
print(ascii(t[::2]), ascii(t[5:6]), ascii(t[4:7]), ascii(t[-3:]), t.index("x"), t[t.index("x")], len(t[1::3]))
big = "".join(chr(0x4e00 + i) for i in range(1000))
print(ascii(big[::97]), ascii(big[-1]), ascii(big[500:505]), big[999] == big[-1], len(big[::-7]))
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s[20])
t(lambda: s[-20])
t(lambda: s["a"])
t(lambda: s[1.5])
t(lambda: s[::0])
t(lambda: s[2 ** 80])
t(lambda: s[:2 ** 80])
