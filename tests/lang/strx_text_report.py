# a small text-processing program: normalise, count words, align a report
text = """Ça va? Très bien! The café's crème brûlée was très, TRÈS bon.
Naïve résumé: «déjà vu» — coöperate; élan, ÉLAN, Élan.
Straße STRASSE strasse. ΣΟΦΟΣ σοφος. 日本語 日本語 テキスト!"""
punct = str.maketrans({c: " " for c in ".,;:!?«»—'"})
words = text.translate(punct).split()
counts = {}
for w in words:
    key = w.casefold()
    counts[key] = counts.get(key, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(k) for k, _ in top)
for k, v in top[:12]:
    print(f"{k:<{width}} {v:>3} {'#' * v}")
print(len(words), len(counts), sum(len(w) for w in words))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}|{line[:20]:20}|{len(line):3d}|{line.upper()[:12]!a}")
title = " ".join(w.capitalize() for w in "the naïve café owner's crème brûlée".split())
print(title, title.istitle(), "the naïve café owner's crème brûlée".title())
print(" | ".join(w.center(9, "·") for w in ["é", "日本", "Straße"]))
acronym = "".join(w[0] for w in "Portable Operating System Interface".split()).upper()
print(acronym, "-".join(reversed(text.split()[:4])), text.count("é"), text.find("ΣΟΦΟΣ"), text.rfind("日本語"))
