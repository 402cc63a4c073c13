# Strings: literals, concatenation, f-strings, methods, repr.
s = "hello"
t = 'world'
print(s + " " + t, s * 2, len(s), s[1], s[-1], s[1:3], s[::-1])
print(f"{s}-{t}", f"{1 + 2}", f"{3.14159:.2f}", f"{'x'!r}", f"{42:>5}|")
print(repr("a'b"), repr('a"b'), str(12), ascii("é"), "é", ord("a"), chr(65))
print("a,b,c".split(","), "-".join(["x", "y"]), "  pad ".strip(), s.upper(), "Abc".lower())
print("ell" in s, "z" not in s, s.find("l"), s.replace("l", "L"), s.startswith("he"))
print("%s is %d years" % ("Bob", 30), "{} and {}".format(1, 2), format(255, "x"))
for ch in "abc":
    print(ch, end=" ")
print()
print("multi", "args", sep="|", end="!\n")
