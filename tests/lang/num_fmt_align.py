# fill, alignment (< > ^ =), sign (+ - space), zero padding and width on
# ints and floats, fills that are digits or multi-byte characters.
vals = [0, 7, -7, 1234, -1234, 3.5, -3.5, -0.0, float("inf"), float("-nan"), True, 2**70, -(2**70)]
for spec in ["", "10", "<10", ">10", "^10", "=10", "010", "+010", "-010", " 010", "x<10", "x>10", "x^10", "x=10",
             "0<10", "0>10", "0^10", "0=10", "+^11", " =11", "*=+12", "é^9", "€>8", "😀<6", "\u0301^5", "{<6", "}>6",
             "+", "-", " ", "1", "01", "^1", "=1", "=+3", "010.2f" if False else "09", "<", ">", "^"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("!" + str(e))
    print(repr(spec), "|".join(out))
for spec in ["=10.2f", "0=10.2f", "*^12.3e", "+08.1f", "-08.1f", " 08.1f", "<08.1f", "^08.1f", "#>10x", "#=10x", "#010b",
             "=#10o", "+#010x"]:
    out = []
    for v in [3, -3, 255, -255, 2.5, -2.5]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("!" + str(e))
    print(repr(spec), "|".join(out))
# nested width and precision in f-strings and str.format
for w in [0, 1, 5, 12]:
    for p in [0, 2, 5]:
        print(w, p, f"[{3.14159:{w}.{p}f}]", f"[{-42:{w}}]", "[{:{}.{}e}]".format(31.4159, w, p), f"[{1234:>{w},}]")
fill, align = "*", "^"
print(f"{12:{fill}{align}9}", f"{12.5:{fill}>{10}.{2}}", "{0:{1}{2}{3}}".format(7, "-", "<", 6))
