# perf-data changes to the collector seen from strings: strs are GC
# leaves (marked without being read, not zero-filled), blocks up to 8 KiB
# live in size-class pages, bigger ones are malloc'd, and the code point
# index of a long non-ASCII str is kept alive by a weak table. Everything
# here must read back exactly after collections.

import gc

sizes = [0, 1, 2, 15, 16, 17, 63, 64, 100, 255, 256, 257, 1000, 2047, 2048, 2049,
         3000, 4095, 4096, 5000, 8100, 8192, 8193, 9000, 20000, 70000]
kept = {}
for n in sizes:
    kept[n] = ("%d:" % n + "abcdefghij" * (n // 10 + 1))[:n]
    junk = [("x" * n) + str(i) for i in range(3)]
gc.collect()
print([(n, len(s), s[:6], s[-3:], hash(s) == hash(s[:] + "")) for n, s in kept.items()])

# non-ASCII: code point indexing goes through the lazily built index
uni = {}
for n in (65, 200, 5000):
    s = ("ü€𝄞a" * n)[: n * 3]
    uni[n] = s
    print(n, len(s), s[n], s[-2:], s[n * 2: n * 2 + 5])
for r in range(3):
    garbage = [("é" * 300 + str(i))[i % 50:] for i in range(400)]
    gc.collect()
    print(r, [(uni[n][n + r], uni[n][-n], uni[n].find("𝄞", n)) for n in uni], len(garbage))

class U(str):
    pass

u = U("ä" * 500 + "end")
print(u[499], u[500:], type(u).__name__, len(u))
gc.collect()
print(u[250], u[-1], u.index("e"), u.upper()[-3:])

# += with reslicing, as bench/strings.py does, shortened
words = ["alpha", "bravo", "charlie", "delta", "☃", "echo"]
s = ""
for i in range(60000):
    s += words[i % len(words)][: 1 + i % 4]
    if len(s) > 5000:
        s = s[2500:]
print(len(s), s[-30:], s.count("☃"), hash(s) == hash("".join(list(s))))

# join over a generator that collects as it goes: pieces live only in C
def pieces():
    for i in range(30):
        if i % 10 == 0:
            gc.collect()
        yield str(i) * (i * 50)
joined = "-".join(pieces())
print(len(joined), joined[:8], joined[-8:], joined.count("-"))

seen = set()
for i in range(5000):
    seen.add("k" + str(i % 700))
print(len(seen), "k699" in seen, ("k" + "70" + "0") in seen, sorted(seen)[:3])
report = "\n".join(f"{i:06d};{words[i % 6].upper()};{i * 3.25:.2f}" for i in range(3000))
gc.collect()
lines = report.split("\n")
print(len(report), lines[1234], lines[-1], sum(float(x.split(";")[2]) for x in lines))
