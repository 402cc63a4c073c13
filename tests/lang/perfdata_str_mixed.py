# perf-data fast paths on str: ASCII and non-ASCII text mixed in slicing,
# find, indexing, join, concat and comparison; long non-ASCII strings whose
# code point index is built lazily (and must survive collections, since a
# str is a GC leaf and its index lives in a weak table); f-string building
# (BUILD_STRING) and the int/float formatting shortcuts.

import gc

asc = "hello world, plain ASCII text"
uni = "héllo wörld — ünïcode ☃ text 𝄞 end"
mixed = asc + uni + asc

print(len(asc), len(uni), len(mixed))
print(mixed[5], mixed[30], mixed[-1], mixed[-5], mixed[len(asc) + 1])
print(mixed[28:40], mixed[::7], mixed[-10:], mixed[40:20:-3])
print(mixed.find("ü"), mixed.find("text"), mixed.rfind("text"), mixed.find("𝄞"), mixed.index("☃"))
print(mixed.count("o"), mixed.count("ö"), "𝄞" in mixed, "x𝄞" in mixed)
print(mixed.startswith(asc), mixed.endswith(asc), uni.startswith("hé"), uni.endswith("end"))
print("|".join([asc[:3], uni[:3], "☃", ""]), "☃".join("abc"), "".join(["é"] * 3))
print((asc + uni)[27:33], (uni + asc)[30:40], repr(("é" + "a")[1]), len("é" + "a" * 3))
print(uni.upper(), asc.upper(), uni.split(" "), mixed.split("t")[2:4])
print(" \t ünï \n".strip(), "xxéxx".strip("x"), "ÉcoLE".lower(), "straße".upper())

# comparisons: code point order, which UTF-8 byte order preserves
words = ["b", "a", "é", "z", "☃", "𝄞", "\ud800", "\uffff", "ab", "", "A", "é\x00", "éa"]
print([w.encode("utf-8", "surrogatepass").hex() for w in sorted(words)])
for a in words[:7]:
    print(a < "b", a <= "é", "a" <= a <= "z", a > "\ud800", a >= "𝄞", a == "é", a != "z")

# a long non-ASCII string: index by code point far from the start, across
# collections that free everything around it
long = ("ab" * 50 + "é" * 50 + "☃x" * 40) * 20
print(len(long), long[4000], long[3999:4003], long[-1], long[2345], long.find("☃", 3000))
junk = []
for i in range(3000):
    junk.append(("ü" * 70 + str(i)) * 2)
    if i % 500 == 0:
        print(junk[-1][139:145], junk[i // 2][150:], len(junk[-1]))
del junk
gc.collect()
print(long[4001], long[120], long[2999:3004], long[::997])
again = [("€" * 100 + str(i))[95:] for i in range(200)]
gc.collect()
print(again[7], again[-1], long[4003])

# f-strings and BUILD_STRING with str subclasses and non-ASCII pieces
class S(str):
    def __format__(self, spec):
        return "S<" + str.__format__(self, spec) + ">"

s = S("sub")
print(f"{s}|{s:>5}|{s!s}|{s!r}|{'é'}{1}{2.5}{True}{None}")
print(f"{asc[:5]}{uni[:5]}☃{-7}{0}{2**62 - 1}{-2**62}{2**63}{10**30}")
print(f"{12:06d}|{-12:06d}|{12:+d}|{1234567:,d}|{1234567:_d}|{-5:05}|{7:x}|{255:#X}|{3:n}")
print(f"{1.5}|{-0.0}|{1e16}|{1e-7}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{2.675:.2f}")
print(f"{-0.001:.2f}|{1e14 + 0.5:.1f}|{999999999999999.9:.3f}|{0.5:.1%}|{123.456:10.2f}|{-1.005:.2f}")
print(f"{5e-324:.15f}|{1.0:.15f}|{0.1:.15f}|{1e15:.2f}|{12345.6789:,.2f}|{7.0:+.3f}")
print("%d of %s, %5.2f%%, %r" % (10, "é", 99.555, "x"), "%s" % S("q"), "%-6d|" % -3)

class I(int):
    def __format__(self, spec):
        return "I!" + spec

class F(float):
    def __format__(self, spec):
        return "F!" + spec

print(f"{I(5)}|{I(5):3}|{F(2.5)}|{F(2.5):.1f}|{True:d}|{False}|{format(True, '')}")
print(str(12), str(-9), str(0), str(2**62 - 1), str(-(2**62)), repr(-(2**63)), str(10**20))
