# join: any iterable of bytes-like objects; result type follows the separator
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for sep in (b", ", bytearray(b"-"), b""):
    print("--", repr(sep))
    t(lambda: sep.join([b"a", b"b", b"c"]))
    t(lambda: sep.join([]))
    t(lambda: sep.join([b"only"]))
    t(lambda: sep.join([bytearray(b"x"), memoryview(b"y"), b"z"]))
    t(lambda: sep.join(iter([b"i", b"j"])))
    t(lambda: sep.join(x.encode() for x in "gen"))
    t(lambda: sep.join((b"t", b"u")))
    t(lambda: sep.join({b"k": 1}))
    t(lambda: sep.join([b"a", "b"]))
    t(lambda: sep.join([b"a", 1]))
    t(lambda: sep.join(5))
    t(lambda: sep.join(None))
    t(lambda: sep.join(b"ab"))
    t(lambda: sep.join())
one = b"solo"
print(b"".join([one]) is one, b", ".join([one]) is one, bytearray().join([one]) == one)
def gen():
    yield b"a"
    raise ValueError("gen failed")
t(lambda: b"-".join(gen()))
parts = [str(i).encode() for i in range(10)]
print(b"+".join(parts), len(b"\n".join(parts * 100)))
