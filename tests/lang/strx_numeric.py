# isdecimal / isdigit / isnumeric on digits of many scripts, and int()/float() of them
samples = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳", "०१२३", "০১২৩", "๐๑๒๓", "０１２３", "𝟎𝟏𝟐", "𝟘𝟙", "²³¹", "₀₁₂", "①②",
           "⑴", "⒈", "½¼¾", "⅓⅞", "Ⅰ Ⅻ", "ⅻ", "〇", "一二三", "万", "零", "፩፪", "𐄇", "𑁒", "🄀", "🄁", "⁰", "x1", "1.5", "-1",
           "", " ", "１２３", "᧐", "꘠", "ߓ", "\u3405"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ["٣", "۳", "३", "০", "௩", "３", "𝟑", "٣٫٥", "１２.５", " ٧ ", "१२३"]:
    try:
        print(ascii(s), int(s), float(s))
    except ValueError as e:
        print(ascii(s), "ValueError", e)
for s in ["²", "½", "Ⅻ", "①"]:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
probe = "".join(map(chr, range(0, 0x10000, 29)))
print(sum(map(str.isdecimal, probe)), sum(map(str.isdigit, probe)), sum(map(str.isnumeric, probe)))
