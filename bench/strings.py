# String building: a report built with f-strings, % and str.join, then
# parsed back with split, strip and slicing; a character-by-character
# cipher; repeated += concatenation. The checksum is lengths and samples.

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliett", "kilo", "lima", "mike", "november"]


def make_report(rows):
    lines = []
    for i in range(rows):
        name = WORDS[i % len(WORDS)]
        other = WORDS[(i * 5) % len(WORDS)]
        lines.append(f"{i:06d};{name.upper()};{other}-{i % 97};{i * 3.25:.2f}")
        if i % 10 == 0:
            lines.append("# section %d of %s" % (i // 10, name))
    return "\n".join(lines)


def parse_report(text):
    total = 0.0
    names = 0
    comments = 0
    for line in text.split("\n"):
        if line.startswith("#"):
            comments += 1
            continue
        fields = line.split(";")
        names += len(fields[1].strip().lower())
        total += float(fields[3])
        tag = fields[2]
        dash = tag.find("-")
        names += int(tag[dash + 1:])
    return names, comments, round(total, 2)


def rot(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def concat(n):
    s = ""
    for i in range(n):
        s += WORDS[i % len(WORDS)][: 1 + i % 4]
        if len(s) > 5000:
            s = s[2500:]
    return s


report = make_report(250000)
print("report", len(report), report[:40].replace("\n", "|"))
print("parsed", parse_report(report))
secret = rot(report[:1000000], 13)
back = rot(secret, 13)
print("rot", secret[:30].replace("\n", "|"), back == report[:1000000])
print("words", sum(len(w) for w in report.split(";")), report.count("KILO"))
c = concat(1500000)
print("concat", len(c), c[-30:])
