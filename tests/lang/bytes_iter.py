# iterating bytes and bytearray: ints out, unpacking, reversed, enumerate, zip, mutation during iteration
b = b"\x00AZ\xff"
print(list(b), tuple(bytearray(b)), [x for x in b], list(reversed(b)), list(reversed(bytearray(b))))
it = iter(b)
print(type(it).__name__, next(it), it.__length_hint__(), list(it), list(it))
ita = iter(bytearray(b"xy"))
print(type(ita).__name__, next(ita), next(ita), next(ita, "done"))
x, y, *rest = b"xyzw"
print(x, y, rest, dict(enumerate(b"ab")), list(zip(b"ab", bytearray(b"cd"))), sum(b"\x01\x02\x03"), max(b"hello"), min(bytearray(b"hello")))
print(sorted(b"banana"), bytes(sorted(b"banana")), set(b"abcabc") == {97, 98, 99}, b"abc"[::-1] == bytes(reversed(b"abc")))
ba = bytearray(b"abc")
out = []
for c in ba:
    out.append(c)
    if len(ba) < 6:
        ba.append(c + 3)
print(out, ba)
ba2 = bytearray(b"abcdef")
seen = []
for c in ba2:
    seen.append(chr(c))
    if c == ord("b"):
        del ba2[-3:]
print(seen, ba2)
print(list(map(chr, b"hi")), "".join(map(chr, bytearray(b"there"))), any(b"\x00\x00"), all(b"\x01\x02"), all(b""))
print([b for b in b"abc" if b % 2], list(filter(None, b"\x00\x01\x00\x02")), b"".join(bytes([c]) for c in b"xyz"))
