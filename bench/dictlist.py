# Dict and list work: word counts over a pseudo-random text (a linear
# congruential generator, so every run and every implementation sees the
# same words), grouping into dicts of lists, sorting, slicing, list
# comprehensions and membership tests.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua"]


def words(count, seed):
    out = []
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (state >> 16) % 3
        w = ""
        s = state
        for _ in range(n):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(ws):
    groups = {}
    for w in ws:
        key = len(w)
        if key in groups:
            groups[key].append(w)
        else:
            groups[key] = [w]
    return groups


def pairs(ws):
    follows = {}
    prev = ws[0]
    for w in ws[1:]:
        d = follows.setdefault(prev, {})
        d[w] = d.get(w, 0) + 1
        prev = w
    best = 0
    for k, d in follows.items():
        for v in d.values():
            if v > best:
                best = v
    return len(follows), best


ws = words(1000000, 42)
counts = count(ws)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct", len(counts), "top", top)
groups = group_by_length(ws)
print("groups", sorted((k, len(v)) for k, v in groups.items()))
print("pairs", pairs(ws))
seen = set(ws[:1000])
hits = sum(1 for w in ws if w in seen)
print("hits", hits)
nums = [len(w) * 31 % 17 for w in ws]
nums.sort()
chunks = [sum(nums[i:i + 1000]) for i in range(0, len(nums), 1000)]
print("chunks", len(chunks), chunks[:3], chunks[-3:])
inv = {v: k for k, v in counts.items()}
print("inverse", len(inv), sorted(inv)[-3:])
stack = []
for i, w in enumerate(ws[:400000]):
    if i % 3 == 2 and stack:
        stack.pop()
    else:
        stack.append(w)
print("stack", len(stack), stack[-2:])
