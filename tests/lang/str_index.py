# str indexing and slicing, ASCII and non-ASCII, all step signs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["hello world", "héllo wörld", "日本語テキスト", "a\U0001F600b\u20acc", ""]:
    n = len(s)
    print(repr(s), n)
    for i in range(-n - 2, n + 2):
        t(lambda: s[i])
    for a in [None, -100, -3, -1, 0, 1, 2, 5, 100]:
        for b in [None, -100, -2, 0, 3, 100]:
            for c in [None, 1, 2, 3, -1, -2, -3]:
                print(a, b, c, repr(s[a:b:c]))
t(lambda: "abc"[1:2:0])
k = "x"
t(lambda: "abc"[k])
k2 = 1.0
t(lambda: "abc"[k2])
t(lambda: "abc"[10**30])
t(lambda: "abc"[-10**30])
t(lambda: "abc"[10**30:])
t(lambda: "abc"[:-10**30])
t(lambda: "abc"[::10**30])
t(lambda: "abc"[True])
class I:
    def __index__(self): return 1
t(lambda: "abc"[I()])
t(lambda: "abc"[I():])
t(lambda: "abc"[slice(None, None, I())])
t(lambda: "abc"[1:"x"])
def f():
    s = "abc"
    s[0] = "x"
t(f)
def g():
    s = "abc"
    del s[0]
t(g)
s = "éa" * 300
print(s[599], s[598], s[-1], s[300:305], len(s[::7]), s[::-1][:4])
print("".join(reversed("héllo")), list("añb"), [c for c in "\U0001F600x"])
it = iter("ab")
print(next(it), next(it), next(it, "end"))
