# the text methods on bytearray return new bytearrays and accept any bytes-like argument
ba = bytearray(b"  Hello, World  ")
results = {
    "strip": ba.strip(), "lower": ba.lower(), "upper": ba.upper(), "title": ba.title(), "swapcase": ba.swapcase(),
    "capitalize": ba.capitalize(), "center": ba.center(20), "ljust": ba.ljust(18, b"."), "rjust": ba.rjust(18),
    "zfill": ba.zfill(20), "replace": ba.replace(b"l", b"L"), "expandtabs": ba.expandtabs(),
    "translate": ba.translate(None, b" "), "removeprefix": ba.removeprefix(b"  "), "removesuffix": ba.removesuffix(b"  "),
    "lstrip": ba.lstrip(), "rstrip": ba.rstrip(b" d"),
}
for name, r in results.items():
    print(name, type(r).__name__, r, r is ba)
print(ba.split(), ba.rsplit(b","), ba.splitlines(), ba.partition(b","), ba.rpartition(bytearray(b"o")))
print(ba.find(memoryview(b"World")), ba.count(bytearray(b"l")), ba.index(b","), ba.startswith(memoryview(b"  H")))
print(ba.isalpha(), ba.strip().replace(b", ", b"").isalpha(), ba.hex(" ", 4), bytearray(b"x").join([b"a", b"b"]))
print(ba.decode(), ba.decode("ascii"), bytearray(b"\xff").decode("latin-1"), ba % () if b"%" not in ba else "")
print(ba)
