# format() of ints with each presentation type (d x X o b c n and the float
# types e E f F g G %) combined with #, sign, width and zero padding.
ints = [0, 1, -1, 9, -10, 255, -255, 65, 1234567, -7654321, 2**40, -(2**63), 2**100, True, False]
types = ["", "d", "x", "X", "o", "b", "n", "e", "E", "f", "F", "g", "G", "%"]
mods = ["", "#", "+", "-", " ", "08", "#010", "+#12", " 5", "<8", ">8", "^9", "=10", "*^11", "#=12", "0>9"]
for t in types:
    for m in mods:
        out = []
        for v in ints:
            try:
                out.append(format(v, m + t))
            except (ValueError, TypeError) as e:
                out.append("!" + type(e).__name__)
        print(repr(m + t), "|".join(out))
# precision with the float types
for spec in [".0e", ".3e", ".10E", ".0f", ".2f", ".15f", ".0g", ".1g", ".3G", ".20g", ".0%", ".3%", "#.0f", "#.0e", "#g", "#.3g"]:
    print(repr(spec), "|".join(format(v, spec) for v in [0, 7, -12345, 10**17, 2**64 + 1, 10**25, True]))
# c: code points
for v in [65, 97, 0x3b1, 0x1f600, 0, 10, 0x10ffff]:
    print(repr(format(v, "c")), repr(format(v, "^5c")), repr(format(v, ">3c")))
for bad in [-1, 0x110000, 2**70]:
    try:
        format(bad, "c")
    except (ValueError, OverflowError) as e:
        print(bad if bad < 2**64 else "big", type(e).__name__, e)
# the same through str.format and f-strings
print("{:x} {:#X} {:08b} {:+d} {:o} {:^7d} {:c}".format(255, 255, 5, 5, 64, -42, 9731))
v = 48879
print(f"{v:x}|{v:#x}|{v:#X}|{v:_x}|{v:#_b}|{v:,d}|{v:=+10}|{v:010,}|{-v:010_}|{v:e}|{v:.2%}")
