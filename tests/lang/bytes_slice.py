# indexing and slicing bytes/bytearray with every step and bound
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for B in (bytes, bytearray):
    s = B(b"0123456789")
    print("--", B.__name__)
    print(s[0], s[9], s[-1], s[-10], type(s[0]).__name__)
    print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[5:2], s[100:], s[-100:2], s[:])
    print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[::3], s[::100], s[::-100])
    print(s[slice(1, 4)], s[slice(None, None, -3)], s[True], s[False:True])
    print(s[2:5] == B(b"234"), type(s[1:2]).__name__, s[3:3], len(s[::4]))
    class I:
        def __index__(self):
            return 4
    print(s[I()], s[I():], s[:I()], s[::I()])
    t(lambda: s[10])
    t(lambda: s[-11])
    t(lambda: s["1"])
    t(lambda: s[1.0])
    t(lambda: s[None])
    t(lambda: s[::0])
    t(lambda: s[1:2:0])
    t(lambda: s[2 ** 70])
    t(lambda: s[(1, 2)])
    print(s[2 ** 70:], s[:-2 ** 70], s[::2 ** 70], s[::-2 ** 70])
b = b"whole"
print(b[:] is b, b[0:5] is b, b[::1] is b, b[::-1] == b"elohw")
