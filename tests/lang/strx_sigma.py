# Greek final sigma in lower(): context before and after, case-ignorable characters
tests = ["Σ", "ΑΣ", "ΑΣ ", "ΑΣ.", "ΑΣΑ", "Α.Σ", "ΑΣ'", "Α'Σ", "ΑΣ'Α", "ΑΣ\u0301", "ΑΣ\u0301 ", "ΑΣ1", "1Σ", "ΣΑ",
         "ΌΣΟΣ ΣΟΦΌΣ", "ΑΣΣ", "ΣΣ", "Α Σ", "ΑΣ\u00ad", "ΑΣ\u00adΑ", "Aσ", "AΣ", "xΣy", "ΑΣ-Β", "ΑΣ\u200bΒ"]
for s in tests:
    print(ascii(s), ascii(s.lower()), ascii(s.casefold()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()))
print("ΟΔΥΣΣΕΥΣ".lower(), "ΟΔΥΣΣΕΥΣ".capitalize(), "ΟΔΥΣΣΕΥΣ".title(), "σς".upper(), "ς".upper())
