# center / ljust / rjust / zfill for bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"abc")
    for w in (-1, 0, 3, 4, 5, 6, 7, 10):
        print(w, s.center(w), s.ljust(w), s.rjust(w), s.center(w, b"*"), s.ljust(w, bytearray(b"-")), s.rjust(w, b"."))
    print(B(b"ab").center(5, b"*"), B(b"ab").center(6, b"*"), B(b"").center(3, b"x"), B(b"a").center(4, b"0"))
    for z in (b"", b"1", b"-1", b"+1", b"abc", b"-", b"+", b"--1", b"-0.5", b"1-"):
        print(repr(B(z).zfill(5)), repr(B(z).zfill(-2)), repr(B(z).zfill(1)))
    print(type(s.center(9)).__name__, type(s.zfill(9)).__name__, type(s.ljust(0)).__name__)
    t(lambda: s.center())
    t(lambda: s.center(5, b"ab"))
    t(lambda: s.center(5, "*"))
    t(lambda: s.center(5, 42))
    t(lambda: s.ljust(5, memoryview(b"*")))
    t(lambda: s.rjust("5"))
    t(lambda: s.center(5, b"*", 1))
    t(lambda: s.zfill())
    t(lambda: s.zfill(5.0))
    t(lambda: s.zfill(2 ** 80))
    t(lambda: s.ljust(width=5))
b = b"same"
print(b.center(2) is b, b.zfill(4) is b, b.ljust(4) is b, b.rjust(0) is b)
rows = [(b"apple", 3), (b"kiwi", 12), (b"banana", 150)]
for name, qty in rows:
    print(name.ljust(8, b".") + str(qty).encode().rjust(5) + b"|" + str(qty).encode().zfill(4))
