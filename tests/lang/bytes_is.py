# the is* predicates of bytes and bytearray: ASCII classes only
samples = [b"", b"abc", b"ABC", b"Abc", b"aBC", b"123", b"abc123", b"abc 123", b" \t\n\r\x0b\x0c", b"\x1c",
           b"\xe9", b"caf\xc3\xa9", b"Hello World", b"Hello world", b"HELLO WORLD", b"They'Re", b"A1b",
           b"1A", b"_", b"a_b", b"\x00", b"\x7f", b"Title Case Words", b"123 456", b"\xb2", b"A", b"a"]
names = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
print(" ".join(names))
for s in samples:
    row = [getattr(s, n)() for n in names]
    row2 = [getattr(bytearray(s), n)() for n in names]
    print(repr(s), "".join("T" if x else "." for x in row), row == row2)
for n in names:
    print(n, sum(getattr(bytes([i]), n)() for i in range(256)))
try:
    b"x".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"x").isspace(None)
except TypeError as e:
    print(type(e).__name__, e)
