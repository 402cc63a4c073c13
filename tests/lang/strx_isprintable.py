# str.isprintable for every kind of character, and its effect on repr()
samples = ["", "abc", " ", "\t", "\n", "\x00", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "é", "\u0300", "\u034f",
           "\u061c", "\u115f", "\u180e", "\u200b", "\u200e", "\u2028", "\u2029", "\u202a", "\u2060", "\u2066", "\u3000",
           "\ud800", "\udfff", "\ue000", "\uf8ff", "\ufeff", "\ufff9", "\ufffc", "\ufffd", "\uffff", "\U0001f600",
           "\U0001d173", "\U000e0001", "\U000e0100", "\U000f0000", "\U0010ffff", "\u0378", "\u4e00", "\uac00",
           "\U000e007f", "\u00ad", "\u06dd", "\u0600", "\u2400", "\u1680"]
for s in samples:
    print(ascii(s), s.isprintable(), repr(s) == "'" + s + "'", ascii(repr(s)))
print(sum(map(str.isprintable, map(chr, range(0, 0x10000, 13)))), sum(map(str.isprintable, map(chr, range(0x10000, 0x20000, 13)))))
print([c for c in range(256) if not chr(c).isprintable()] == list(range(33)) [:-1] + list(range(127, 161)) + [173])
