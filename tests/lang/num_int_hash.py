# hash of ints: -1 maps to -2, reduction modulo 2**61 - 1 with sign, huge
# values; hash equality across int, float, bool and complex; subclasses.
M = 2**61 - 1
vals = [0, 1, -1, -2, 2, 100, -100, M - 1, M, M + 1, -M, -M - 1, -M + 1, 2**61, -(2**61), 2**62, -(2**62),
        2**63 - 1, -(2**63), 2**64, -(2**64), 2**100, -(2**100), 10**30, -(10**30), 3**200, -(3**200), 2 * M - 1]
for v in vals:
    h = hash(v)
    expect = (abs(v) % M) * (1 if v >= 0 else -1)
    if expect == -1:
        expect = -2
    print(v if abs(v) < 10**20 else "big", h, h == expect)
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(2.0**61), hash(-(2.0**62)), hash(1e100) == hash(int(1e100)))
print(hash(complex(3, 0)) == hash(3), hash(-1 + 0j), hash(0.5) == hash(0.5 + 0j), hash(2**64) == hash(float(2**64)))
print(len({1, 1.0, True, 1 + 0j}), len({0, 0.0, -0.0, False, 0j}), len({2**61 - 1, 0}), {2**61 - 1: "a", 0: "b"}[0])
print({-1: "a"}[-1], {-2: "b"}[-2], len({-1, -2}), {-1.0: 1}.get(-1))
class H(int):
    pass
print(hash(H(-1)), hash(H(2**70)) == hash(2**70))
class H2(int):
    def __hash__(self):
        return -1
print(hash(H2(5)))
class H3(int):
    def __hash__(self):
        return 2**100
print(hash(H3(5)) == hash(2**100))
class H4(int):
    def __hash__(self):
        return 1.5
try:
    hash(H4(5))
except TypeError as e:
    print(type(e).__name__, e)
class H5(int):
    def __eq__(self, other):
        return False
try:
    hash(H5(1))
except TypeError as e:
    print(type(e).__name__, e)
print((5).__hash__(), (-1).__hash__(), int.__hash__(True))
