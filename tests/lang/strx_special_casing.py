# full Unicode case mappings: characters that change length or need context
words = ["ß", "straße", "ﬁ", "ﬂour", "ﬀ", "ﬃ", "ﬅ", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ẖẗẘẙẚ", "ᾀ", "ᾈ", "ᾳ", "ᾼ", "ῳ", "ῼ",
         "İ", "i̇", "ı", "I", "K", "Å", "ẞ", "ǅ", "ǈ", "ǋ", "ǲ", "Ǆ", "ǆ", "ﬓ", "ſ", "µ", "ÿ", "Ÿ", "ǈemal"]
for w in words:
    u, l, c, ti, s, f = w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold()
    print(ascii(w), ascii(u), ascii(l), ascii(c), ascii(ti), ascii(s), ascii(f), len(w), len(u), len(l))
print("ß".upper() == "SS", "ﬁ".upper(), "İ".lower() == "i\u0307", len("İ".lower()), "straße".upper().lower())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ǅ".upper(), "ǅ".lower(), "ǆ".title(), "Ǆ".title())
print("ß".casefold(), "ẞ".casefold(), "ẞ".lower(), "ſ".casefold(), "µ".casefold() == "μ", "ﬅ".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ﬃ".upper() == "FFI")
