# casefold vs lower: caseless matching
pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("µ", "μ"), ("ſ", "s"), ("Ω", "ω"), ("K", "k"), ("Å", "å"),
         ("İ", "i̇"), ("ΣΑΣ", "σας"), ("ǅ", "ǆ"), ("ᾈ", "ἀι"), ("ﬅ", "st"), ("ẞ", "ss"), ("ﬓ", "մն"), ("Ⅻ", "ⅻ"),
         ("Ⓐ", "ⓐ"), ("𐐀", "𐐨"), ("ÀB", "àb")]
for a, b in pairs:
    print(ascii(a), ascii(b), a.lower() == b.lower(), a.casefold() == b.casefold(), ascii(a.casefold()), ascii(b.casefold()))
words = ["Apple", "apple", "ÄPFEL", "äpfel", "Straße", "STRASSE", "strasse", "Zebra"]
print(sorted(words, key=str.casefold))
print(sorted(set(w.casefold() for w in words)))
print("".join(chr(c) for c in range(0x41, 0x5b)).casefold(), "ÀÁÂÃÄÅÆÇ".casefold(), "ΑΒΓΔ".casefold())
