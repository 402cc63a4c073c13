# cp1252 (windows-1252): the 0x80-0x9F table, undefined bytes, 'charmap' errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

high = bytes(range(0x80, 0xA0))
print(high.decode("cp1252", "replace"))
print(high.decode("cp1252", "ignore").encode("cp1252"))
print(high.decode("windows-1252", "backslashreplace"))
print(repr(high.decode("cp1252", "surrogateescape")))
print("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".encode("cp1252"))
print(bytes(range(0xA0, 0x100)).decode("cp1252") == bytes(range(0xA0, 0x100)).decode("latin-1"), b"plain".decode("1252"))
t(lambda: b"\x81".decode("cp1252"))
t(lambda: b"ok\x8d\x8f".decode("cp1252"))
t(lambda: "\x81".encode("cp1252"))
t(lambda: "\x81x\x8d".encode("cp1252"))
t(lambda: "Ā€ā".encode("cp1252"))
t(lambda: "Āā€ā".encode("cp1252", "replace"))
t(lambda: "😀€".encode("cp1252", "xmlcharrefreplace"))
t(lambda: "Ā".encode("cp1252", "backslashreplace"))
t(lambda: "a\udc81".encode("cp1252", "surrogateescape"))
t(lambda: "a\ud800".encode("cp1252", "surrogateescape"))
try:
    "x\u0100y".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
