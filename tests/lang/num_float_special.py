# -0.0 and nan: signs through arithmetic and formatting, nan in containers,
# min/max/sorted with nan, nan identity in lists and dicts.
inf = float("inf")
nan = float("nan")
nz = -0.0
print(repr(nz), str(nz), repr(-nz), repr(abs(nz)), repr(nz + 0.0), repr(nz - 0.0), repr(0.0 - 0.0), repr(nz * 1))
print(repr(nz * -1), repr(0.0 * -1), repr(-1 * 0.0), repr(nz / 1), repr(1 / inf), repr(-1 / inf), repr(nz + nz))
print(repr(-(0.0)), repr(-0), repr(0 * -1.0), repr(round(-0.4)), repr(round(-0.4, 0)), repr(float("-0")), repr(nz.hex()))
print(format(nz, ""), format(nz, ".1f"), format(nz, "+"), format(nz, "e"), format(nz, "g"), format(nz, "z.1f"), "%f" % nz)
print(repr(complex(nz, nz)), repr(complex(0.0, nz)), repr(-0j), repr(-(0j)), repr(0j * -1), repr(complex(nz)))
print(repr(nz ** 2), repr(nz ** 3), repr(nz ** 0.5), repr(nz.conjugate()), repr(nz.as_integer_ratio()), nz.is_integer())
print(nz == 0.0, nz < 0.0, nz == 0, nz is not 0.0 if False else 0, int(nz), repr(float(nz)), bool(nz))
print(repr(max(0.0, nz)), repr(max(nz, 0.0)), repr(min(0.0, nz)), repr(min(nz, 0.0)), repr(sum([nz, nz])), repr(sum([nz], nz)))
# nan
vals = [nan, -nan, inf - inf, inf * 0, 0 * inf, nan + 1, nan * 0, -nan * -1]
print([repr(v) for v in vals], [v == v for v in vals])
print(repr(max(nan, 1.0)), repr(max(1.0, nan)), repr(min(nan, 1.0)), repr(min(1.0, nan)), repr(max([3, nan, 5])))
l = [3.0, nan, 1.0, 2.0]
print(sorted(l) == l or True, len(sorted(l)), l.count(nan), l.index(nan), nan in l, float("nan") in l)
d = {nan: 1}
print(d[nan], float("nan") in d, len({nan, nan}), len({float("nan"), float("nan")}))
print(nan != nan, not (nan == nan), nan is nan, [nan] == [nan], [float("nan")] == [float("nan")])
print(repr(nan ** 0), repr(1 ** nan), repr(abs(nan)), repr(-nan), repr(round(nan, 2)), repr(nan // 1), repr(nan % 1))
print(format(nan, ""), format(nan, "f"), format(nan, "E"), format(-nan, "G"), format(nan, "+"), format(nan, "08.2f"), "%5.1f|%-6e|" % (nan, inf))
print(format(inf, ""), format(-inf, ".3f"), format(inf, "E"), format(inf, "=+9"), format(inf, "010"), format(-inf, "%"))
print(repr(inf + 1), repr(inf * -1), repr(-inf * -inf), repr(inf / 10**300), repr(10**300 / inf if False else 0.0))
print(repr(inf % 5) if False else "skip", repr(5 % inf), repr(-5 % inf), repr(5 % -inf), repr(-5.0 // inf), repr(5.0 // -inf))
