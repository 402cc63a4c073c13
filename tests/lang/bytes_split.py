# split / rsplit on bytes and bytearray: whitespace, separators, maxsplit
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    ws = B(b"  one two\tthree\nfour\x0bfive\x0csix\rseven  ")
    print(ws.split())
    print(ws.rsplit())
    print(ws.split(None, 2), ws.rsplit(None, 2))
    print(ws.split(maxsplit=1), ws.rsplit(maxsplit=0), ws.split(maxsplit=-5) == ws.split())
    print(B(b"").split(), B(b"   ").split(), B(b"   ").rsplit(None, 1), B(b"a").split(), B(b"\x1c\x1d\xa0a").split())
    csv = B(b"a,b,,c,")
    print(csv.split(b","), csv.rsplit(b","), csv.split(b",", 2), csv.rsplit(b",", 2), csv.split(b",", 0))
    print(B(b"").split(b","), B(b",").split(b","), csv.split(bytearray(b",,")), csv.split(memoryview(b"b,")))
    print(B(b"aXXbXXXc").split(b"XX"), B(b"aXXbXXXc").rsplit(b"XX"), B(b"abc").split(b"abc"), B(b"abc").split(b"abcd"))
    print(B(b"1 2 3").split(sep=None, maxsplit=1), B(b"1-2-3").rsplit(sep=b"-", maxsplit=1))
    print([type(p).__name__ for p in B(b"x y").split()], [type(p).__name__ for p in B(b"x,y").rsplit(b",")])
    t(lambda: csv.split(b""))
    t(lambda: csv.rsplit(bytearray()))
    t(lambda: csv.split(","))
    t(lambda: csv.split(44))
    t(lambda: csv.split(b",", "1"))
    t(lambda: csv.split(b",", 1.5))
    t(lambda: csv.split(b",", 2 ** 80))
    t(lambda: csv.split(b",", 1, 2))
    t(lambda: csv.split(b",", sep=b";"))
    t(lambda: csv.rsplit(x=1))
print(b"a b".split()[0] is not None, b"abc".split()[0] == b"abc")
big = b" ".join(str(i).encode() for i in range(200))
print(len(big.split()), big.split()[-1], big.rsplit(None, 3)[1:], sum(map(int, big.split())))
