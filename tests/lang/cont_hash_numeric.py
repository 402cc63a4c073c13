# hash/eq consistency across int, float, bool, complex (and int
# subclasses): the exact CPython hash values and lookups that rely on them
M = 2 ** 61 - 1
vals = [0, 1, -1, 2, -2, 7, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 60, M - 1, M, M + 1, 2 ** 62, 2 ** 63,
        2 ** 64, -M, -(M + 1), 10 ** 20, -10 ** 20, 2 ** 200, -(2 ** 200) + 5]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 1000 else '-', hash(v) == hash(complex(v, 0)))
for f in [0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 2.0 ** 70, -2.0 ** -70, 3.14159, 1e16 + 2, float('inf'), float('-inf'), -0.0]:
    print(f, hash(f))
print(hash(True), hash(False), hash(True) == hash(1) == hash(1.0) == hash(1 + 0j))
for c in [1j, 1 + 1j, -1j, 2.5 - 3j, complex(0, -0.0), complex(1e300, 1e300)]:
    print(c, hash(c))
print(hash(-1) == -2, hash(-2) == -2, hash(-1.0), hash(complex(-1, 0)))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(hash(MyInt(5)) == hash(5), hash(MyFloat(2.5)) == hash(2.5), hash(MyInt(-1)))
d = {}
for k in [1, 1.0, True, 1 + 0j, MyInt(1), MyFloat(1.0)]:
    d[k] = type(k).__name__
print(d)
s = {2 ** 61, 1, 2.0 ** 61}
print(len(s), sorted(s))
print(hash(2 ** 61) == hash(1), 2 ** 61 == 1, {2 ** 61: 'a'}.get(1, 'not found'))
print(hash(float(2 ** 61)) == hash(2 ** 61), float(2 ** 61) in {2 ** 61})
# float/int equality where the float is not exactly representable
print(2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1) in {2 ** 53 + 1}, 2 ** 53 in {float(2 ** 53)})
print(0.1 + 0.2 in {0.3}, 0.5 in {1 / 2}, 10 ** 16 in {1e16}, (10 ** 16 + 1) in {1e16})
# hash of ints is value mod (2**61 - 1), sign preserved
print(all(hash(k) == k % M if k >= 0 else hash(k) == -((-k) % M) or hash(k) == -2 for k in [3, M + 5, 2 ** 100]))
print([hash(n) for n in range(-3, 4)])
