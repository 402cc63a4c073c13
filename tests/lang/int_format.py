# int.__format__ and format(): the format-spec mini-language for ints.
specs = ["", "d", "09,", "08,", "07,", "010_", "#012_x", "x<10,", "*=8", "^6", "^7x", "+d", " d", "#b",
         "#o", "#X", "_b", "n", "e", ".2f", "%", "g", "c", "=10", "0=8", ",", "_x"]
for v in (0, 5, -12, 1234, 255, -255, 123456789, 2 ** 64, True):
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
for s in ("z", ".2", "+c", "#c", ",x", ",c", "s", "abc", "<<<", ",_", ",,", "_n", "."):
    try:
        print(repr(s), format(12, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print("{:>8,}|{:<+6}|{:^9b}".format(12345, 7, 5))
