# hash of floats: equal to the hash of the equal int, -0.0 and 0.0, fractions
# reduced modulo 2**61 - 1, infinities; dict/set behaviour of mixed keys.
M = 2**61 - 1
vals = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 5e-324, 1e300, 2.0**61, 2.0**62, -(2.0**62),
        1e22, 123.456, -7.25, 2.0**-30, 3.0 * 2**60, 1.7976931348623157e308]
for v in vals:
    h = hash(v)
    n, d = v.as_integer_ratio()
    # hash(n/d) = n * inverse(d) mod M, with sign
    e = (abs(n) % M) * pow(d, -1, M) % M
    if n < 0:
        e = -e
    if e == -1:
        e = -2
    print(repr(v), h, h == e, v.is_integer() and h == hash(int(v)))
print(hash(float("inf")), hash(float("-inf")), hash(-1.0), hash(-0.5) == -hash(0.5))
print(len({0.0, -0.0, 0}), len({1.0, 1, True}), len({0.5, 1 / 2}), len({2.0**70, 2**70}), {1: "a", 1.0: "b"})
d = {}
for k in [1, 1.0, True, 2, 2.0, 0.5, -0.0, 0, False]:
    d[k] = d.get(k, 0) + 1
print(d)
s = set()
for k in [10**20, 1e20, 2**64, 18446744073709551616.0, 0.1, 0.1 * 3, 0.30000000000000004]:
    s.add(k)
print(sorted(s), len(s))
class FS(float):
    pass
print(hash(FS(1.5)) == hash(1.5), FS(2.0) in {2}, {FS(2.0): 1}[2])
class FH(float):
    def __hash__(self):
        return 7
print(hash(FH(1.5)), FH(1.5) == 1.5, {FH(1.5): "x"}.get(1.5))
