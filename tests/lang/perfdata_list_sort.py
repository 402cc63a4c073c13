# perf-data paths on lists: sort with a key function (tuple keys, keys
# that raise part-way, a key that mutates the list), big lists growing by
# append (their item array is resized in place by realloc beyond 8 KiB),
# slicing and pop on them while garbage is being made.

words = ["kilo", "alpha", "echo", "bravo", "kilo", "delta", "alpha", "echo", "golf"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(range(20), key=lambda x: (x % 3, -x)))
pairs = [(i % 4, str(i)) for i in range(12)]
pairs.sort(key=lambda p: p[0])
print(pairs)

for bad_at in (0, 3, 8):
    calls = []
    def key(x):
        calls.append(x)
        if len(calls) == bad_at + 1:
            raise ValueError("key failed at %d" % bad_at)
        return -x
    data = list(range(10))
    try:
        data.sort(key=key)
    except ValueError as e:
        print(type(e).__name__, e, data == list(range(10)), len(calls))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 5 or other.v == 5:
            raise TypeError("cannot compare 5")
        return self.v < other.v

try:
    sorted([Cmp(i) for i in (3, 9, 5, 1)], key=lambda c: c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, Cmp(2)), (1, Cmp(5))])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)

victim = list(range(8))
def meddle(x):
    victim.append(x)
    return x
try:
    victim.sort(key=meddle)
except ValueError as e:
    print(type(e).__name__, e)

# big lists: append growth past the small-block sizes, with garbage around
big = []
garbage = None
for i in range(120000):
    big.append(i * 3)
    if i % 7 == 0:
        garbage = [str(i)] * 3
print(len(big), big[0], big[65535], big[-1], sum(big) % 1000003, garbage)
strs = [str(i) for i in range(60000)]
print(len(strs), strs[59999], strs[1024:1027], len(strs[::3]), strs[-3:])
stack = []
for i, s in enumerate(strs):
    if i % 3 == 2 and stack:
        stack.pop()
    else:
        stack.append(s)
print(len(stack), stack[-2:], stack[:2])
chunks = [sum(big[i:i + 1000]) for i in range(0, len(big), 1000)]
print(len(chunks), chunks[:2], chunks[-1])
nested = [[j for j in range(i % 50)] for i in range(3000)]
print(sum(len(x) for x in nested), nested[49][-1], nested[2999])
big.extend(range(50000))
del big[10:100000]
print(len(big), big[8:12], big[-1])
big.sort(key=lambda x: -x)
print(big[:3], big[-3:])
