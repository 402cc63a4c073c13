# thousands separators: ',' and '_' with d, f, e, g, x, b, o; with zero
# padding (separators inserted into the padding), widths and signs; 'n'.
vals = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**15, -(10**20), 2**64]
for spec in [",", "_", ",d", "_d", "08,", "09,", "010,", "011_", "+015,", " 013_", "<12,", ">12,", "^14_", "=14,",
             "_x", "_X", "_b", "_o", "#_x", "#_b", "012_x", "#014_b", "#_o", "015_o"]:
    print(repr(spec), "|".join(format(v, spec) for v in vals))
floats = [0.0, 1.5, 1234.5, -1234567.891, 1e15 + 0.25, 123456789.0, 1e20, -0.001, float("inf"), float("nan")]
for spec in [",", "_", ",.2f", "_.3f", "015,.2f", "+020_.1f", ",.0f", ",e", ",.3g", "_g", ",.2%", "012,g", ",f", "=+14,.1f",
             "_.10g", ",.0e"]:
    print(repr(spec), "|".join(format(v, spec) for v in floats))
for spec in ["n", "5n", "08n", ".3n", "+n", "#n"]:
    out = []
    for v in [0, 1234567, -1234567, 1234.5678, 1e20, 2**70]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("!" + str(e))
    print(repr(spec), "|".join(out))
for bad in [",_", "_,", ",,", "__", ",c", "_c", ",n", "_n", ",x", ",b", ",o", ",s"]:
    for v in [5, 5.0]:
        try:
            print(repr(bad), repr(v), format(v, bad))
        except ValueError as e:
            print(repr(bad), repr(v), type(e).__name__, e)
print(f"{1234567:,}|{1234567.125:_}|{-1234567:_}|{10**6:,.1f}|{0.5:,}|{12345:,.2e}")
print("{:,}|{:_}|{:,.3f}|{:08,}|{:_x}".format(10**9, 10**9, 1234.5678, 1234, 0xdeadbeef))
