# expandtabs: columns restart after \n and \r, any tab size
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    print("--", B.__name__)
    s = B(b"a\tbc\tdef\tghij\tk")
    for n in (-3, 0, 1, 2, 3, 4, 8, 9):
        print(n, repr(s.expandtabs(n)))
    print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=4)))
    print(repr(B(b"12\t\n\t34\r\t5").expandtabs(4)), repr(B(b"\t\t").expandtabs(3)), repr(B(b"").expandtabs()))
    print(repr(B(b"\xe9\tx").expandtabs(4)), repr(B(b"no tabs").expandtabs()), type(B(b"\t").expandtabs()).__name__)
    t(lambda: s.expandtabs("4"))
    t(lambda: s.expandtabs(4.0))
    t(lambda: s.expandtabs(2 ** 40))
    t(lambda: s.expandtabs(4, 5))
    t(lambda: s.expandtabs(size=4))
table = b"name\tqty\tprice\nbolt\t100\t0.25\nwasher\t5\t1.50"
print(table.expandtabs(8).decode())
print(table.expandtabs(10).decode())
